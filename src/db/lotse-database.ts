import { Dexie, type EntityTable } from 'dexie';
import type { RecordTable } from '@/core/index';
import type { Row } from './records/row';

/** A field-level change waiting to be pushed; written in the same transaction as the change itself. */
export interface OutboxEntry {
  seq?: number;
  table: RecordTable;
  recordId: string;
  /** The record's scope (its case, or `org`), so a push needs no other read. */
  scope: string;
  /** Field name → value at the time of the change; null for a cleared field. */
  fields: Record<string, unknown>;
  /** Field name → HLC stamp of the change. */
  stamps: Record<string, string>;
  /** Field name → the stamp the field had before the change, if it had one. */
  bases?: Record<string, string>;
  createdAt: string;
  /** Set when the server refused the change: it stays here, shown to the user, until they act. */
  refused?: { code: string; message: string; at: string };
}

export interface DraftEntry {
  key: string;
  values: Record<string, unknown>;
  savedAt: string;
}

export interface SettingEntry {
  key: string;
  value: unknown;
}

export interface RecentCaseEntry {
  caseId: string;
  openedAt: string;
}

type Synced<T extends RecordTable> = EntityTable<Row<T>, 'id'>;

/**
 * The device's one database. Synced tables hold domain rows (see DESIGN.md);
 * tables named `local*` never leave the device, so they can never conflict.
 *
 * Only the keys below are indexed, on purpose: encryption at rest will cover
 * every other field, so no name, note or goal text may become an index.
 * A shipped `version(n)` is never edited; a change adds `version(n + 1)`.
 */
export class LotseDatabase extends Dexie {
  clients!: Synced<'clients'>;
  households!: Synced<'households'>;
  caseFiles!: Synced<'caseFiles'>;
  contacts!: Synced<'contacts'>;
  plans!: Synced<'plans'>;
  goals!: Synced<'goals'>;
  steps!: Synced<'steps'>;
  reviews!: Synced<'reviews'>;
  planVersions!: Synced<'planVersions'>;
  indicators!: Synced<'indicators'>;
  referrals!: Synced<'referrals'>;
  partners!: Synced<'partners'>;
  groupOffers!: Synced<'groupOffers'>;
  lifeAreas!: Synced<'lifeAreas'>;
  indicatorDefinitions!: Synced<'indicatorDefinitions'>;
  conflicts!: Synced<'conflicts'>;
  localOutbox!: EntityTable<OutboxEntry, 'seq'>;
  localDrafts!: EntityTable<DraftEntry, 'key'>;
  localSettings!: EntityTable<SettingEntry, 'key'>;
  localRecentCases!: EntityTable<RecentCaseEntry, 'caseId'>;
  /**
   * Seals rows before the transaction that writes them (encryption-middleware.ts);
   * it freezes them. Without encryption at rest (unit tests) there is nothing to do.
   */
  sealAhead: (table: string, rows: readonly object[]) => Promise<void> = () => Promise.resolve();
  /**
   * Inside a transaction, the stored forms of the rows with `keys` (or of all rows), not opened
   * (encryption-middleware.ts); `openSealed` opens them with WebCrypto, which a
   * transaction awaits through Dexie.waitFor. Without encryption at rest, the rows themselves.
   */
  readSealed: (table: string, keys: string[]) => Promise<unknown[]> = (table, keys) =>
    this.table<unknown, string>(table).bulkGet(keys);
  readAllSealed: (table: string) => Promise<unknown[]> = (table) => this.table(table).toArray();
  openSealed: (
    table: string,
    stored: readonly unknown[],
    keys: readonly unknown[],
  ) => Promise<(Record<string, unknown> | undefined)[]> = (_table, stored) =>
    Promise.resolve(stored as (Record<string, unknown> | undefined)[]);

  /** Overwrites what the encryption keeps of rows it opened lately; called once the database closed. */
  forgetOpenedRows: () => void = () => undefined;

  constructor(name: string) {
    super(name);
    this.version(1).stores({
      clients: 'id, scope, householdId',
      households: 'id, scope',
      caseFiles: 'id, scope, clientId, status',
      contacts: 'id, scope, caseId, date, followUpDate',
      plans: 'id, scope, caseId',
      goals: 'id, scope, planId',
      steps: 'id, scope, goalId, dueDate',
      reviews: 'id, scope, planId, nextReviewDate',
      planVersions: 'id, scope, planId',
      indicators: 'id, scope, clientId',
      referrals: 'id, scope, caseId, partnerId',
      partners: 'id, scope',
      groupOffers: 'id, scope, date',
      lifeAreas: 'id, scope',
      indicatorDefinitions: 'id, scope',
      localOutbox: '++seq, [table+recordId]',
      localConflicts: '++id, [table+recordId], resolvedAt',
      localDrafts: 'key',
      localSettings: 'key',
      localRecentCases: 'caseId, openedAt',
    });
    // Conflicts became synced records made by the server; the outbox learnt each entry's scope.
    this.version(2)
      .stores({
        conflicts: 'id, scope, recordId',
        localConflicts: null,
        localOutbox: '++seq, [table+recordId], scope',
      })
      .upgrade(async (tx) => {
        const outbox = tx.table<OutboxEntry, number>('localOutbox');
        for (const entry of await outbox.toArray()) {
          if (entry.scope) continue;
          const row = await tx.table<{ scope: string }, string>(entry.table).get(entry.recordId);
          await outbox.update(entry.seq!, { scope: row?.scope ?? 'org' });
        }
      });
  }
}
