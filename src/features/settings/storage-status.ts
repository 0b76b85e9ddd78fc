/** What the browser tells about this origin's storage. */
export type StorageStatus =
  { supported: false } | { supported: true; persisted: boolean; usage: number; quota: number };

/** Above this share of the quota the manager is warned, well before writes start to fail. */
export const STORAGE_WARNING_RATIO = 0.8;

export function isNearlyFull(status: StorageStatus): boolean {
  return (
    status.supported && status.quota > 0 && status.usage / status.quota > STORAGE_WARNING_RATIO
  );
}

export async function readStorageStatus(storage?: StorageManager): Promise<StorageStatus> {
  if (!storage?.estimate) return { supported: false };
  const [estimate, persisted] = await Promise.all([
    storage.estimate(),
    storage.persisted ? storage.persisted() : Promise.resolve(false),
  ]);
  return {
    supported: true,
    persisted,
    usage: estimate.usage ?? 0,
    quota: estimate.quota ?? 0,
  };
}
