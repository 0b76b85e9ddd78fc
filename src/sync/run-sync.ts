import {
  DEFAULT_PULL_PAGE,
  ErrorCode,
  MAX_PUSH_CHANGES,
  refusedIndex,
  SYNC_PROTOCOL_VERSION,
  type PushedChange,
  type SyncRequest,
  type SyncResponse,
} from '@/core/index';
import { preparePulledPage, storePulledPage } from '@/db/sync/apply-pulled-page';
import { restampPending } from '@/db/sync/restamp-pending';
import { markRefused } from '@/db/sync/outbox-batch';
import { refsOf, type RefetchEntry } from '@/db/sync/refetch';
import { nextResendBatch } from '@/db/sync/resend-batch';
import { readNextRound } from '@/db/sync/next-round';
import { saveResendProgress, startResend, type SyncState } from '@/db/sync/sync-state';
import { BULK_SYNC_ROWS, setBulkSync } from './bulk-sync';
import type { ApiFailure, ApiResult } from './api-client';
import { useSyncStatusStore, type SyncFailure } from './sync-status-store';
import { prepareSyncTransport, syncRequest } from './sync-transport';

/** A sync round trip that takes longer than this counts as failed (and is retried). */
export const SYNC_TIMEOUT_MS = 60_000;
/** Bounds one sync run; a run that needs more continues at the next trigger. */
const MAX_ROUNDS = 500;
/**
 * A run's first request asks for fewer rows than the later ones: a first sync
 * then starts storing soon, while the larger pages after it travel.
 */
const FIRST_PULL_PAGE = 2000;

export type SyncRunResult = { ok: true } | { ok: false; failure: SyncFailure };

interface Round {
  changes: PushedChange[];
  /** Outbox entries carried (empty while re-sending). */
  seqs: number[];
  seqsOfChange: number[][];
  resendNext?: Awaited<ReturnType<typeof nextResendBatch>>['next'];
  /** Records asked back whole, whose given-up fields take the server's values. */
  refetch?: RefetchEntry[];
}

/** A round that only pulls: what a page fetched ahead carries. */
const PULL_ONLY: Round = { changes: [], seqs: [], seqsOfChange: [] };

async function resendRound(resendFrom: NonNullable<SyncState['resendFrom']>): Promise<Round> {
  const batch = await nextResendBatch(resendFrom);
  return { changes: batch.changes, seqs: [], seqsOfChange: [], resendNext: batch.next };
}

interface InFlight {
  round: Round;
  /** The epoch and cursor sent: stored already by the time the answer is stored. */
  epoch: string | null;
  cursor: string | null;
  /** The organisation pulled rows belong to, read with the sync state. */
  orgId: string;
  sentAt: number;
  answer: Promise<ApiResult<SyncResponse>>;
}

/**
 * `bulk`: the round is expected to carry many rows (a first sync, a page the
 * server said follows, a re-send), which go over HTTP (sync-transport.ts).
 */
function send(
  round: Round,
  { epoch, cursor, orgId }: Pick<SyncState, 'epoch' | 'cursor' | 'orgId'>,
  pageSize: number,
  bulk: boolean,
): InFlight {
  const request: SyncRequest = {
    protocol: SYNC_PROTOCOL_VERSION,
    epoch,
    cursor,
    changes: round.changes,
    ...(round.resendNext !== undefined ? { resend: true } : {}),
    ...(round.refetch?.length ? { refetch: refsOf(round.refetch) } : {}),
    pageSize,
  };
  const sentAt = Date.now();
  const answer = syncRequest(request, { timeoutMs: SYNC_TIMEOUT_MS, bulk });
  return { round, epoch, cursor, orgId, sentAt, answer };
}

async function sendNextRound(pageSize: number): Promise<InFlight> {
  const { state, batch, refetch } = await readNextRound();
  const round = state.resendFrom ? await resendRound(state.resendFrom) : { ...batch!, refetch };
  return send(round, state, pageSize, state.cursor === null || !!state.resendFrom);
}

function refusalsOf(failure: ApiFailure, round: Round) {
  if (failure.kind !== 'error' || !failure.details?.length || round.resendNext !== undefined)
    return undefined;
  if (failure.status !== 400 && failure.status !== 403) return undefined;
  const refusals = failure.details.map((detail) => {
    const index = refusedIndex(detail.path);
    const seqs = index === undefined ? undefined : round.seqsOfChange[index];
    return seqs ? { seqs, code: detail.code ?? failure.code, message: detail.message } : undefined;
  });
  return refusals.every((r) => r !== undefined) ? refusals : undefined;
}

let restampedOnce = false;
/** Within this, the device's clock agrees with the server's (the Date header has whole seconds). */
const CLOCK_AGREES_MS = 60_000;

/**
 * The server refused our stamps as too far ahead. If the device's clock now
 * agrees with the server's (the person has set it right), the unsent changes
 * get fresh stamps and the round is tried again — once per run.
 */
async function clockNowRight(failure: ApiFailure, sentAt: number): Promise<boolean> {
  if (failure.kind !== 'error' || failure.code !== ErrorCode.clockAhead || restampedOnce)
    return false;
  const serverTime = failure.serverTime ?? Number.NaN;
  if (Number.isNaN(serverTime) || Math.abs(serverTime - sentAt) > CLOCK_AGREES_MS) return false;
  restampedOnce = true;
  return (await restampPending()) > 0;
}

/**
 * One sync run (docs/PROTOCOL.md): push the outbox and pull until the server
 * has nothing more, one round trip per page. Refused changes are marked and
 * kept, and the rest goes again at once; a reset (the server's epoch
 * changed) re-sends every row before pulling from the start. Returns the
 * failure that stopped it, never success after a time-out.
 */
export async function runSync({
  pageSize = DEFAULT_PULL_PAGE,
}: { pageSize?: number } = {}): Promise<SyncRunResult> {
  try {
    return await syncRounds(pageSize);
  } finally {
    setBulkSync(false);
  }
}

async function syncRounds(pageSize: number): Promise<SyncRunResult> {
  const status = useSyncStatusStore.getState();
  // Benchmarks (bench/sync.ts) read these marks; they cost nothing otherwise.
  performance.mark('lotse:sync-started');
  prepareSyncTransport();
  restampedOnce = false;
  let received = 0;
  let refusedCount = 0;
  /** A pull-only request for the next page, sent before this one is stored. */
  let ahead: InFlight | undefined;
  /**
   * The transaction storing the page before, while the next is prepared.
   * Pages are stored strictly one after the other, each only once the one
   * before it has committed, so a failed page stops the run before any later
   * page (or cursor) can be stored.
   */
  let storing: Promise<void> = Promise.resolve();
  for (let roundNo = 0; roundNo < MAX_ROUNDS; roundNo++) {
    let flight = ahead;
    ahead = undefined;
    if (!flight) {
      await storing; // the next round starts from the stored cursor and outbox
      flight = await sendNextRound(roundNo === 0 ? Math.min(pageSize, FIRST_PULL_PAGE) : pageSize);
      performance.mark('lotse:sync-sent');
    }
    const { round, orgId, sentAt } = flight;
    const answer = await flight.answer;
    performance.mark('lotse:sync-answered');
    if (!answer.ok) {
      await storing;
      if (await clockNowRight(answer.failure, sentAt)) continue;
      const refusals = refusalsOf(answer.failure, round);
      if (!refusals) return { ok: false, failure: answer.failure };
      await markRefused(refusals, new Date().toISOString());
      refusedCount += refusals.length;
      continue;
    }
    const data = answer.data;
    status.observedClock(data.serverTime - (sentAt + Date.now()) / 2);
    if (data.reset) {
      await storing;
      await startResend(data.epoch);
      continue;
    }
    const moreToPush =
      round.resendNext !== undefined
        ? round.resendNext !== null
        : round.changes.length >= MAX_PUSH_CHANGES;
    const finished = !data.more && !moreToPush;
    // Only more to pull: the next page travels while this one is stored. (Edits made
    // meanwhile go in a later round.) If storing fails, its answer is never used.
    if (data.more && !moreToPush && round.resendNext === undefined)
      ahead = send(PULL_ONLY, { epoch: data.epoch, cursor: data.cursor, orgId }, pageSize, true);
    const total = received + data.rows.length + data.remaining;
    if (total >= BULK_SYNC_ROWS) setBulkSync(true); // the screens hold still meanwhile
    const prepared = await preparePulledPage(orgId, {
      stored: { epoch: flight.epoch, cursor: flight.cursor },
      epoch: data.epoch,
      cursor: data.cursor,
      rows: data.rows,
      drop: data.drop,
      acknowledged: round.seqs,
      pushedScopes: round.changes.map((change) => change.scope),
      ...(round.refetch?.length
        ? { refetch: { asked: round.refetch, rows: data.refetched ?? [] } }
        : {}),
      finished,
      now: new Date().toISOString(),
    });
    performance.mark('lotse:sync-prepared');
    await storing;
    status.progressed({ received, total });
    storing = storePulledPage(prepared).then(async () => {
      if (round.resendNext !== undefined) await saveResendProgress(round.resendNext);
      received += data.rows.length;
      status.progressed({ received, total: received + data.remaining });
    });
    storing.catch(() => undefined); // awaited later; until then its failure is not unhandled
    if (!finished) continue;
    await storing;
    performance.mark('lotse:sync-finished', { detail: { received } });
    return refusedCount
      ? { ok: false, failure: { kind: 'refused', count: refusedCount } }
      : { ok: true };
  }
  await storing;
  // Not finished within the bound: say so; the next trigger continues from the saved cursor.
  return { ok: false, failure: { kind: 'timeout' } };
}
