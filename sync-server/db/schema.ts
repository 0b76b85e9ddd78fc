import type { ColumnType, Generated } from 'kysely';
import type { Role } from '../../src/core/index';

/** Row types of the server's tables, as Kysely sees them. Timestamps are ISO 8601 text on both backends. */
export interface ServerMetaTable {
  key: string;
  value: string;
}

export interface OrganisationTable {
  id: string;
  name: string;
  created_at: string;
}

export interface UserTable {
  id: string;
  org_id: string;
  email: string;
  display_name: string;
  role: Role;
  password_hash: string;
  created_at: string;
  disabled_at: string | null;
}

/** One login of one user on one device. Only the SHA-256 of the bearer token is kept. */
export interface DeviceSessionTable {
  id: string;
  user_id: string;
  org_id: string;
  device_id: string;
  device_name: string;
  token_hash: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
  /** Set by an admin (or by disabling the user): the device must wipe its data. */
  revoked_at: string | null;
  revoked_by: string | null;
  /** Set by logging out or by a newer login of the same user on the same device. */
  ended_at: string | null;
}

export interface CaseAssignmentTable {
  case_id: string;
  user_id: string;
  org_id: string;
  assigned_at: string;
  assigned_by: string | null;
}

/** Inserted, never updated: the database refuses UPDATE and DELETE, and so do these types. */
type AppendOnly<T> = ColumnType<T, T, never>;

export interface AuditLogTable {
  /** PostgreSQL hands a bigserial back as text; read it through `Number()`. */
  seq: ColumnType<number | string, never, never>;
  at: AppendOnly<string>;
  org_id: AppendOnly<string | null>;
  actor_id: AppendOnly<string | null>;
  session_id: AppendOnly<string | null>;
  action: AppendOnly<string>;
  target_type: AppendOnly<string | null>;
  target_id: AppendOnly<string | null>;
  /** A JSON object. */
  details: AppendOnly<string>;
}

/** Counters of failed logins, shared by every server process (see database-rate-limit-store.ts). */
export interface LoginThrottleTable {
  key: string;
  hits: Generated<number>;
  reset_at: string;
}

/** PostgreSQL hands a bigint back as text; read sequence numbers through `Number()`. */
type Seq = ColumnType<number | string, number, number>;

/** The merged current state of one record. JSON columns hold objects keyed by field name. */
export interface SyncRecordTable {
  org_id: string;
  id: string;
  tbl: string;
  scope: string;
  fields: string;
  stamps: string;
  field_seqs: string;
  authors: string;
  absorbed: ColumnType<string, string | undefined, string>;
  seq: Seq;
  erased: number;
}

export type SyncLogKind = 'change' | 'touch' | 'revoke' | 'erase';

/** One entry of the append-only change log: ids, field names and stamps, never a value. */
export interface SyncLogTable {
  org_id: AppendOnly<string>;
  seq: ColumnType<number | string, number, never>;
  /** Random per entry; a cursor carries it, so a server restored from a backup recognises a cursor from a lost future. */
  tag: AppendOnly<string>;
  kind: AppendOnly<SyncLogKind>;
  tbl: AppendOnly<string>;
  record_id: AppendOnly<string>;
  scope: AppendOnly<string>;
  stamps: AppendOnly<string>;
  author_id: AppendOnly<string | null>;
  session_id: AppendOnly<string | null>;
  /** For `revoke`: the user who lost the case. */
  subject_id: AppendOnly<string | null>;
  at: AppendOnly<string>;
}

export interface SyncSequenceTable {
  org_id: string;
  last_seq: Seq;
}

export interface ServerDatabase {
  server_meta: ServerMetaTable;
  organisations: OrganisationTable;
  users: UserTable;
  device_sessions: DeviceSessionTable;
  case_assignments: CaseAssignmentTable;
  audit_log: AuditLogTable;
  login_throttle: LoginThrottleTable;
  sync_records: SyncRecordTable;
  sync_log: SyncLogTable;
  sync_sequences: SyncSequenceTable;
}
