/** Long enough for every browser to have started the download from the object URL. */
const REVOKE_AFTER_MS = 10_000;

/**
 * Hands a file to the browser's download, without a server round trip: a
 * temporary link to an object URL. The URL is revoked soon after, so that the
 * client's data does not stay reachable in memory longer than needed.
 */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
