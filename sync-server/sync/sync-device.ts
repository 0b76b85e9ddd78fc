import {
  AuditAction,
  DEFAULT_PULL_PAGE,
  ErrorCode,
  RefusalCode,
  refusalPath,
  Role,
  SYNC_PROTOCOL_VERSION,
  type ErrorIssue,
  type SyncRequest,
  type SyncResponse,
} from '../../src/core/index';
import type { AppContext } from '../app-context';
import type { AuthContext } from '../auth/auth-context';
import { recordAuditBy } from '../services/audit-service';
import { completeCursor, decodeCursor, encodeCursor, restartForView, type Cursor } from './cursor';
import { droppedScopes, hiddenScopes, pullPage, refetchRows } from './pull-rows';
import { NOTHING_PUSHED, pushChanges, type Refusal } from './push-changes';
import { readLastSeq, readLogTag } from './record-store';
import { readEpoch } from './server-epoch';

export type SyncOutcome =
  | { ok: true; response: SyncResponse }
  | { ok: false; status: number; code: ErrorCode; message: string; details?: ErrorIssue[] };

/**
 * One sync round trip (docs/PROTOCOL.md): check that the device's epoch and
 * cursor belong to this store's history, merge its changes in one
 * transaction, then read one page of what it lacks in one consistent snapshot.
 */
export async function syncDevice(
  ctx: AppContext,
  auth: AuthContext,
  request: SyncRequest,
): Promise<SyncOutcome> {
  const { db, kind } = ctx.storage;
  const orgId = auth.user.orgId;
  const decoded = decodeCursor(request.cursor);
  // A device re-sending after a reset holds data: it needs tombstones from the start.
  const given = decoded && request.resend ? { ...decoded, tombstones: true } : decoded;
  if (!given)
    return {
      ok: false,
      status: 400,
      code: ErrorCode.validationFailed,
      message: 'The cursor was not made by this server; sync again with cursor null.',
    };

  const epoch = await readEpoch(db);
  const now = ctx.now();
  // Another epoch, or a cursor from a history this store does not have (it was
  // restored from a backup): this device re-sends and pulls again. Only this
  // device — one whose cursor is still known has nothing the store lacks.
  if (
    (request.epoch !== null && request.epoch !== epoch) ||
    !(await isKnownCursor(ctx, orgId, given))
  )
    return { ok: true, response: resetResponse(epoch, now) };
  // The person's role changed since the device's last pull: what they see changed with it.
  const role = auth.user.role;
  const viewChanged = given.view !== null && given.view !== role;
  const cursor = viewChanged ? restartForView(role) : { ...given, view: role };

  // A pull alone opens no write transaction.
  const push =
    request.changes.length === 0
      ? NOTHING_PUSHED
      : await db.transaction().execute((trx) =>
          pushChanges(
            {
              db: trx,
              kind,
              auth,
              now,
              hlc: ctx.hlc,
              maxClockAheadMs: ctx.maxClockAheadMs,
              resend: request.resend ?? false,
            },
            request.changes,
          ),
        );
  if (!push.ok) return refused(push.refusals, request);

  let transaction = db.transaction();
  if (kind === 'postgres') transaction = transaction.setIsolationLevel('repeatable read');
  const page = await transaction.execute(async (trx) => {
    const upTo = await readLastSeq(trx, orgId);
    const pulled = await pullPage(trx, {
      auth,
      after: cursor.seq,
      since: cursor.since,
      tombstones: cursor.tombstones,
      upTo,
      pageSize: request.pageSize ?? DEFAULT_PULL_PAGE,
      pushed: {
        seqs: push.seqs,
        stamps: push.pushedStamps,
        onlyEchoes: push.keptFieldsUpTo <= cursor.since,
      },
    });
    const drop = viewChanged
      ? await hiddenScopes(trx, auth, given.view!)
      : role === Role.manager
        ? await droppedScopes(trx, auth, cursor.seq, pulled.through)
        : [];
    const refetched = request.refetch ? await refetchRows(trx, auth, request.refetch) : undefined;
    const tag = pulled.through === 0 ? '' : ((await readLogTag(trx, orgId, pulled.through)) ?? '');
    const next: Cursor = pulled.more
      ? { ...cursor, seq: pulled.through, tag }
      : completeCursor(pulled.through, tag, role);
    return { ...pulled, drop, next, refetched };
  });

  const refetchedCount = page.refetched?.length ?? 0;
  if (auth.user.role !== Role.manager && page.rows.length + refetchedCount > 0)
    await recordAuditBy(db, auth, now, {
      action: AuditAction.recordsPulled,
      target: { type: 'organisation', id: orgId },
      details: {
        rows: page.rows.length,
        after: cursor.seq,
        through: page.through,
        ...(refetchedCount ? { refetched: refetchedCount } : {}),
      },
    });

  return {
    ok: true,
    response: {
      protocol: SYNC_PROTOCOL_VERSION,
      epoch,
      reset: false,
      cursor: encodeCursor(page.next),
      more: page.more,
      remaining: page.remaining,
      accepted: push.accepted,
      rows: page.rows,
      drop: page.drop,
      serverTime: now.getTime(),
      ...(page.refetched ? { refetched: page.refetched } : {}),
    },
  };
}

async function isKnownCursor(ctx: AppContext, orgId: string, cursor: Cursor): Promise<boolean> {
  if (cursor.seq === 0) return true;
  return (await readLogTag(ctx.storage.db, orgId, cursor.seq)) === cursor.tag;
}

function resetResponse(epoch: string, now: Date): SyncResponse {
  return {
    protocol: SYNC_PROTOCOL_VERSION,
    epoch,
    reset: true,
    cursor: '0',
    more: false,
    remaining: 0,
    accepted: 0,
    rows: [],
    drop: [],
    serverTime: now.getTime(),
  };
}

const REFUSAL_ANSWERS: Record<RefusalCode, { status: number; code: ErrorCode; message: string }> = {
  [RefusalCode.notWritable]: {
    status: 403,
    code: ErrorCode.forbidden,
    message: 'Some changes touch cases you may not change. Nothing was stored.',
  },
  [RefusalCode.clockAhead]: {
    status: 409,
    code: ErrorCode.clockAhead,
    message:
      "The device's clock is ahead of the server's. Set the device's date and time; nothing was stored.",
  },
  [RefusalCode.invalid]: {
    status: 400,
    code: ErrorCode.validationFailed,
    message: 'Some changes are not valid. Nothing was stored.',
  },
};

/** All or nothing: the answer names every refused change; the most serious kind sets the status. */
function refused(refusals: Refusal[], request: SyncRequest): SyncOutcome {
  const order = [RefusalCode.notWritable, RefusalCode.clockAhead, RefusalCode.invalid];
  const worst = order.find((code) => refusals.some((r) => r.code === code))!;
  return {
    ok: false,
    ...REFUSAL_ANSWERS[worst],
    details: refusals.map((r) => {
      const change = request.changes[r.index]!;
      return {
        path: refusalPath(r.index),
        code: r.code,
        message: `${change.table} ${change.id}: ${r.message}`,
      };
    }),
  };
}
