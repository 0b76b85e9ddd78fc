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

export interface ServerDatabase {
  server_meta: ServerMetaTable;
  organisations: OrganisationTable;
  users: UserTable;
}
