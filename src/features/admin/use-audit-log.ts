import { useEffect, useState } from 'react';
import { auditPageResponseSchema, type AuditEntry } from '@/core/index';
import { apiRequest, type ApiFailure } from '@/sync/api-client';

export const AUDIT_PAGE_SIZE = 50;

interface AuditLogState {
  entries: AuditEntry[];
  /** Pass as `before` for the next older page; null on the last page. */
  nextBefore: number | null;
  /** Whether the newest page has arrived. */
  loaded: boolean;
  loading: boolean;
  failure: ApiFailure | undefined;
}

const INITIAL: AuditLogState = {
  entries: [],
  nextBefore: null,
  loaded: false,
  loading: true,
  failure: undefined,
};

function fetchPage(before: number | undefined) {
  const query = new URLSearchParams({ limit: String(AUDIT_PAGE_SIZE) });
  if (before !== undefined) query.set('before', String(before));
  return apiRequest(`/v1/admin/audit?${query.toString()}`, auditPageResponseSchema);
}

/** The audit log, newest first, one page at a time ("load older" asks with `before`). */
export function useAuditLog() {
  const [state, setState] = useState<AuditLogState>(INITIAL);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let active = true;
    void fetchPage(undefined).then((answer) => {
      if (!active) return;
      setState(
        answer.ok
          ? { ...INITIAL, ...answer.data, loaded: true, loading: false }
          : { ...INITIAL, loading: false, failure: answer.failure },
      );
    });
    return () => {
      active = false;
    };
  }, [attempt]);

  /** Reads the newest page again, dropping the older pages shown so far. */
  function reload() {
    setState(INITIAL);
    setAttempt((n) => n + 1);
  }

  async function loadOlder() {
    const before = state.nextBefore;
    if (before === null || state.loading) return;
    setState((s) => ({ ...s, loading: true, failure: undefined }));
    const answer = await fetchPage(before);
    setState((s) =>
      answer.ok
        ? {
            ...s,
            entries: [...s.entries, ...answer.data.entries],
            nextBefore: answer.data.nextBefore,
            loading: false,
          }
        : { ...s, loading: false, failure: answer.failure },
    );
  }

  return { ...state, reload, loadOlder };
}
