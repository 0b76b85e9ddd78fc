import { useCallback, useEffect, useState } from 'react';
import { readStorageStatus, type StorageStatus } from './storage-status';

export function useStorageStatus(): { status: StorageStatus | undefined; refresh: () => void } {
  const [status, setStatus] = useState<StorageStatus>();
  const refresh = useCallback(() => {
    void readStorageStatus(navigator.storage).then(setStatus);
  }, []);
  useEffect(refresh, [refresh]);
  return { status, refresh };
}
