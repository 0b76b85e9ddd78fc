import { useEffect } from 'react';
import { startSyncTriggers } from '@/sync/sync-scheduler';

/** Syncs while the component is mounted: the shell mounts it only while someone has unlocked. */
export function useSyncTriggers(): void {
  useEffect(() => startSyncTriggers(), []);
}
