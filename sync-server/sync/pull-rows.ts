import type { ExpressionBuilder, Kysely } from 'kysely';
import { compactStamps, ORG_SCOPE, Role, type PulledRow } from '../../src/core/index';
import type { AuthContext } from '../auth/auth-context';
import type { ServerDatabase } from '../db/schema';
import { decodeRecord, type StoredRecord } from './record-store';

export interface PullRequest {
  auth: AuthContext;
  /** Rows changed after this sequence number… */
  after: number;
  /** …with their fields changed after this one (where the device was complete when its pull began). */
  since: number;
  /** Whether erased records travel as tombstones (not to a device that holds nothing yet). */
  tombstones: boolean;
  /** …up to this one, the organisation's last when the pull began. */
  upTo: number;
  pageSize: number;
  /** What this request pushed: the device has these values already. */
  pushed: {
    seqs: { first: number; last: number };
    stamps: ReadonlyMap<string, Record<string, string>>;
  };
}

export interface PulledPage {
  rows: PulledRow[];
  /** The sequence number the next pull continues after. */
  through: number;
  more: boolean;
  remaining: number;
}

type RecordQuery = ExpressionBuilder<ServerDatabase, 'sync_records'>;

/**
 * Which rows this user may see (DESIGN.md, partial replication): a manager
 * their assigned cases and the organisation-wide rows, a supervisor the whole
 * organisation, an admin only the organisation-wide rows.
 */
function visibleTo(auth: AuthContext) {
  return (eb: RecordQuery) => {
    const { role, id, orgId } = auth.user;
    if (role === Role.supervisor) return eb.lit(true);
    if (role === Role.admin) return eb('scope', '=', ORG_SCOPE);
    return eb.or([
      eb('scope', '=', ORG_SCOPE),
      eb(
        'scope',
        'in',
        eb
          .selectFrom('case_assignments')
          .select('case_id')
          .where('user_id', '=', id)
          .where('org_id', '=', orgId),
      ),
    ]);
  };
}

/** The fields a device behind `after` lacks: all on a first pull, else those changed since, minus its own echo. */
function toPulledRow(record: StoredRecord, request: PullRequest): PulledRow | undefined {
  const { first, last } = request.pushed.seqs;
  const sent = request.pushed.stamps.get(record.id);
  const fields: Record<string, unknown> = {};
  const stamps: Record<string, string> = {};
  for (const [name, stamp] of Object.entries(record.stamps)) {
    const seq = record.fieldSeqs[name] ?? 0;
    if (seq <= request.since) continue;
    if (seq >= first && seq <= last && sent?.[name] === stamp) continue;
    fields[name] = record.fields[name] ?? null;
    stamps[name] = stamp;
  }
  if (Object.keys(stamps).length === 0) return undefined;
  return {
    table: record.table as PulledRow['table'],
    id: record.id,
    scope: record.scope,
    fields,
    ...compactStamps(stamps),
  };
}

/**
 * One page of what changed in (after, upTo] that the user may see, oldest
 * change first. Erased records are left out of a device's first pull: a
 * device that never held them needs no tombstone.
 */
export async function pullPage(
  db: Kysely<ServerDatabase>,
  request: PullRequest,
): Promise<PulledPage> {
  const orgId = request.auth.user.orgId;
  const visible = db
    .selectFrom('sync_records')
    .where('org_id', '=', orgId)
    .where('seq', '<=', request.upTo)
    .where(visibleTo(request.auth));
  const base = request.tombstones ? visible : visible.where('erased', '=', 0);
  const page = await base
    .where('seq', '>', request.after)
    .selectAll()
    .orderBy('seq')
    .limit(request.pageSize + 1)
    .execute();
  const more = page.length > request.pageSize;
  const records = page.slice(0, request.pageSize).map(decodeRecord);
  const through = more ? records[records.length - 1]!.seq : request.upTo;
  let remaining = 0;
  if (more) {
    const counted = await base
      .where('seq', '>', through)
      .select((eb) => eb.fn.countAll().as('count'))
      .executeTakeFirstOrThrow();
    remaining = Number(counted.count);
  }
  const rows = records.map((r) => toPulledRow(r, request)).filter((r): r is PulledRow => !!r);
  return { rows, through, more, remaining };
}

/** Cases taken from this manager in (after, through] and not given back: their devices drop them. */
export async function droppedScopes(
  db: Kysely<ServerDatabase>,
  auth: AuthContext,
  after: number,
  through: number,
): Promise<string[]> {
  const { id, orgId } = auth.user;
  const revoked = await db
    .selectFrom('sync_log')
    .select('scope')
    .distinct()
    .where('org_id', '=', orgId)
    .where('subject_id', '=', id)
    .where('kind', '=', 'revoke')
    .where('seq', '>', after)
    .where('seq', '<=', through)
    .where((eb) =>
      eb(
        'scope',
        'not in',
        eb.selectFrom('case_assignments').select('case_id').where('user_id', '=', id),
      ),
    )
    .execute();
  return revoked.map((r) => r.scope);
}
