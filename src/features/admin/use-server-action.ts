import { useState } from 'react';
import type { ApiFailure, ApiResult } from '@/sync/api-client';

export interface ServerAction {
  busy: boolean;
  /** Why the last attempt failed; cleared when the next one starts. */
  failure: ApiFailure | undefined;
  /** Sends one change; resolves to the server's answer, or undefined when it failed. */
  run: <T>(request: () => Promise<ApiResult<T>>) => Promise<T | undefined>;
}

/** One change sent to the server (create, revoke, assign …), with its busy and failed states. */
export function useServerAction(): ServerAction {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiFailure>();
  async function run<T>(request: () => Promise<ApiResult<T>>): Promise<T | undefined> {
    setBusy(true);
    setFailure(undefined);
    const result = await request();
    setBusy(false);
    if (result.ok) return result.data;
    setFailure(result.failure);
    return undefined;
  }
  return { busy, failure, run };
}
