import { Dexie, type EntityTable, type Middleware, type DBCore, type Table } from 'dexie';

/**
 * For the tests beside it: a small database with the kinds of tables Lotse has
 * (synced rows with indexed keys, an auto-increment outbox with a compound
 * index, local settings), plus outbound keys, which Lotse does not use yet.
 */
export interface ClientRow {
  id: string;
  scope: string;
  householdId?: string;
  firstName: string;
  lastName: string;
  notes?: string;
  health?: { conditions: string[]; religion?: string };
  stamps: Record<string, string>;
  deleted?: boolean;
}

export interface ContactRow {
  id: string;
  scope: string;
  caseId: string;
  date: string;
  note: string;
}

export interface OutboxRow {
  seq?: number;
  table: string;
  recordId: string;
  fields: Record<string, unknown>;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

export interface AppointmentRow {
  id: string;
  at: Date;
  place: string;
}

export class EncryptionTestDatabase extends Dexie {
  clients!: EntityTable<ClientRow, 'id'>;
  contacts!: EntityTable<ContactRow, 'id'>;
  appointments!: EntityTable<AppointmentRow, 'id'>;
  localOutbox!: EntityTable<OutboxRow, 'seq'>;
  localSettings!: EntityTable<SettingRow, 'key'>;
  /** Outbound, explicit keys. */
  attachments!: Table<{ title: string; text: string }, string>;
  /** Outbound, generated keys. */
  localLog!: Table<{ message: string }, number>;

  constructor(name: string, middleware?: Middleware<DBCore>) {
    super(name);
    this.version(1).stores({
      clients: 'id, scope, householdId',
      contacts: 'id, scope, caseId, date',
      appointments: 'id, at',
      localOutbox: '++seq, [table+recordId]',
      localSettings: 'key',
      attachments: '',
      localLog: '++',
    });
    if (middleware) this.use(middleware);
  }
}

let databases = 0;
export function uniqueDatabaseName(): string {
  return `encryption-test-${++databases}-${Date.now()}`;
}

export const HADDAD: ClientRow = {
  id: 'client-1',
  scope: 'case-1',
  householdId: 'household-1',
  firstName: 'Amal',
  lastName: 'Haddad',
  notes: 'Kam 2015 aus Aleppo; Sorge um die Schwester',
  health: { conditions: ['Diabetes Typ 2'], religion: 'muslimisch' },
  stamps: { firstName: '000001767225600000-0000-0123456789abcdef' },
};

export const NOURI: ClientRow = {
  id: 'client-2',
  scope: 'case-2',
  firstName: 'Samir',
  lastName: 'Nouri',
  notes: 'Braucht Dolmetscher für Farsi',
  stamps: {},
  deleted: false,
};

/** Words from HADDAD and NOURI that must never be readable in stored rows. */
export const SECRET_WORDS = [
  'Amal',
  'Haddad',
  'Aleppo',
  'Diabetes',
  'muslimisch',
  'Samir',
  'Nouri',
  'Farsi',
];
