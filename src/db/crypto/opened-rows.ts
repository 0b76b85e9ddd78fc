/** How many opened rows a database keeps: about 13 MB at most, a whole 150-client caseload twice. */
export const OPENED_ROWS_KEPT = 10_000;
/**
 * A read of more rows than this neither takes from nor adds to what is kept:
 * it would push out everything else and still not fit next time (a caseload
 * of 10,000 clients reads whole tables of 60,000 rows), and for it the cache
 * is only cost.
 */
export const OPENED_READ_ROWS = OPENED_ROWS_KEPT / 2;

interface Opened {
  iv: Uint8Array;
  sealed: Uint8Array;
  payload: Uint8Array;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The opened payloads of rows read lately, so that a row read again as it
 * was is not decrypted again: a live query that runs again after a sync
 * stored a hundred rows reads thousands of unchanged ones, and AES-GCM in
 * JavaScript (row-cipher.ts) was most of the page's work after a pull.
 *
 * A payload is given back only for the very same binding (table, primary key
 * and plain values: the row's additional data) and the very same stored
 * bytes (IV, ciphertext and tag), which is exactly when decrypting would
 * give it again; any other stored bytes are opened, and authenticated, anew.
 * The oldest go first beyond `limit`; a payload that goes (evicted, or
 * replaced by a newer version of its row) is overwritten with zeros, and
 * `forget` overwrites every payload kept, for a database that closes
 * (user-database.ts).
 */
export class OpenedRows {
  private readonly rows = new Map<string, Opened>();

  constructor(private readonly limit = OPENED_ROWS_KEPT) {}

  find(binding: string, iv: Uint8Array, sealed: Uint8Array): Uint8Array | undefined {
    const known = this.rows.get(binding);
    return known && sameBytes(known.iv, iv) && sameBytes(known.sealed, sealed)
      ? known.payload
      : undefined;
  }

  keep(binding: string, iv: Uint8Array, sealed: Uint8Array, payload: Uint8Array): void {
    this.forgetOne(binding); // an older version of the row
    if (this.rows.size >= this.limit) {
      const oldest = this.rows.keys().next();
      if (!oldest.done) this.forgetOne(oldest.value);
    }
    this.rows.set(binding, { iv, sealed, payload });
  }

  forget(): void {
    for (const { payload } of this.rows.values()) payload.fill(0);
    this.rows.clear();
  }

  private forgetOne(binding: string): void {
    this.rows.get(binding)?.payload.fill(0);
    this.rows.delete(binding);
  }
}
