import type { ExpressionBuilder, Kysely, Selectable } from 'kysely';
import {
  compactStamps,
  ORG_SCOPE,
  Role,
  type PulledRow,
  type RecordRef,
} from '../../src/core/index';
import type { AuthContext } from '../auth/auth-context';
import type { ServerDatabase, SyncRecordTable } from '../db/schema';
import { chunks } from './record-store';

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
    /** Whether the records at `seqs` hold only those values for this device: they are not read. */
    onlyEchoes: boolean;
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

/** The columns a pull reads: not who wrote each field, nor absorbed stamps. */
const PULLED_COLUMNS = ['id', 'tbl', 'scope', 'fields', 'stamps', 'field_seqs', 'seq'] as const;
type PulledRecordRow = Pick<Selectable<SyncRecordTable>, (typeof PULLED_COLUMNS)[number]>;

/**
 * The fields a device behind `after` lacks: all on a first pull, else those
 * changed since, minus its own echo. A record's values are parsed only when
 * it has some to send (a push's own records mostly have none).
 */
function toPulledRow(row: PulledRecordRow, request: PullRequest): PulledRow | undefined {
  const { first, last } = request.pushed.seqs;
  const sent = request.pushed.stamps.get(row.id);
  const fieldSeqs = JSON.parse(row.field_seqs) as Record<string, number>;
  const stamps: Record<string, string> = {};
  for (const [name, stamp] of Object.entries(JSON.parse(row.stamps) as Record<string, string>)) {
    const seq = fieldSeqs[name] ?? 0;
    if (seq <= request.since) continue;
    if (seq >= first && seq <= last && sent?.[name] === stamp) continue;
    stamps[name] = stamp;
  }
  if (Object.keys(stamps).length === 0) return undefined;
  const values = JSON.parse(row.fields) as Record<string, unknown>;
  const fields: Record<string, unknown> = {};
  for (const name of Object.keys(stamps)) fields[name] = values[name] ?? null;
  return {
    table: row.tbl as PulledRow['table'],
    id: row.id,
    scope: row.scope,
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
  const { seqs, onlyEchoes } = request.pushed;
  const visible = db
    .selectFrom('sync_records')
    .where('org_id', '=', orgId)
    .where('seq', '<=', request.upTo)
    .$if(onlyEchoes && seqs.last > 0, (query) =>
      query.where((eb) => eb.or([eb('seq', '<', seqs.first), eb('seq', '>', seqs.last)])),
    )
    .where(visibleTo(request.auth));
  const base = request.tombstones ? visible : visible.where('erased', '=', 0);
  const page = await base
    .where('seq', '>', request.after)
    .select(PULLED_COLUMNS)
    .orderBy('seq')
    .limit(request.pageSize + 1)
    .execute();
  const more = page.length > request.pageSize;
  const records = page.slice(0, request.pageSize);
  const through = more ? Number(records[records.length - 1]!.seq) : request.upTo;
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

/**
 * The records a device asked for whole (`refetch`, docs/PROTOCOL.md): every
 * field with its stamp, of those the server has in the asked table and the
 * user may see. What is left out the device must treat as not on the server.
 */
export async function refetchRows(
  db: Kysely<ServerDatabase>,
  auth: AuthContext,
  wanted: readonly RecordRef[],
): Promise<PulledRow[]> {
  const asked = new Set(wanted.map((ref) => `${ref.table}/${ref.id}`));
  const rows: PulledRow[] = [];
  for (const part of chunks([...new Set(wanted.map((ref) => ref.id))])) {
    const found = await db
      .selectFrom('sync_records')
      .where('org_id', '=', auth.user.orgId)
      .where('id', 'in', part)
      .where(visibleTo(auth))
      .select(['id', 'tbl', 'scope', 'fields', 'stamps'])
      .execute();
    for (const row of found) {
      if (!asked.has(`${row.tbl}/${row.id}`)) continue;
      rows.push({
        table: row.tbl as PulledRow['table'],
        id: row.id,
        scope: row.scope,
        fields: JSON.parse(row.fields) as Record<string, unknown>,
        ...compactStamps(JSON.parse(row.stamps) as Record<string, string>),
      });
    }
  }
  return rows;
}

/**
 * After the person's role changed from `formerRole`: every case of the
 * organisation they may not see now (all of them for an admin, none for a
 * supervisor), which their device drops. A device that held no cases (an
 * admin's) is told nothing.
 */
export async function hiddenScopes(
  db: Kysely<ServerDatabase>,
  auth: AuthContext,
  formerRole: Role,
): Promise<string[]> {
  if (auth.user.role === Role.supervisor || formerRole === Role.admin) return [];
  // One case file per case, its scope its own id: no duplicates to remove.
  const hidden = await db
    .selectFrom('sync_records')
    .select('scope')
    .where('org_id', '=', auth.user.orgId)
    .where('tbl', '=', 'caseFiles')
    .where((eb) => eb.not(visibleTo(auth)(eb)))
    .execute();
  return hidden.map((r) => r.scope);
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
