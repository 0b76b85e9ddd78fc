import { useState } from 'react';
import type { SyncRunResult } from '@/sync/run-sync';
import { requestSync } from '@/sync/sync-scheduler';

/**
 * Runs a sync on the person's request (after an optional step, such as
 * releasing refused changes) and keeps the run's real result to report it:
 * a failure stays a failure, never a "done".
 */
export function useSyncAction() {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<SyncRunResult>();
  async function run(before?: () => Promise<void>) {
    setBusy(true);
    setResult(undefined);
    try {
      await before?.();
      setResult(await requestSync());
    } finally {
      setBusy(false);
    }
  }
  return { busy, result, run };
}
