import { useCallback, useEffect, useState } from 'react';
import type { z } from 'zod';
import { apiRequest, type ApiFailure } from '@/sync/api-client';

export type ServerData<T> =
  { state: 'loading' } | { state: 'loaded'; data: T } | { state: 'failed'; failure: ApiFailure };

export interface ServerResource<T> {
  result: ServerData<T>;
  /** Asks the server again (after a failure, or to refresh); every read is logged there. */
  reload: () => void;
  /** Applies what a successful change answered, without reading the whole list again. */
  update: (change: (data: T) => T) => void;
}

/**
 * Reads one admin resource from the server. Nothing of it is kept on the
 * device: these screens are online only, and every read shows the server's
 * current state.
 */
export function useServerData<S extends z.ZodType>(
  path: string,
  schema: S,
): ServerResource<z.infer<S>> {
  const [result, setResult] = useState<ServerData<z.infer<S>>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let active = true;
    void apiRequest(path, schema).then((answer) => {
      if (!active) return;
      setResult(
        answer.ok
          ? { state: 'loaded', data: answer.data }
          : { state: 'failed', failure: answer.failure },
      );
    });
    return () => {
      active = false;
    };
  }, [path, schema, attempt]);

  const reload = useCallback(() => {
    setResult({ state: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  const update = useCallback((change: (data: z.infer<S>) => z.infer<S>) => {
    setResult((current) =>
      current.state === 'loaded' ? { state: 'loaded', data: change(current.data) } : current,
    );
  }, []);

  return { result, reload, update };
}
