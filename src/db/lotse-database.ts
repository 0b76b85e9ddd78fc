import { Dexie, type EntityTable } from 'dexie';
import type { RecordTable } from '@/core/index';
import type { Row } from './records/row';

/** A field-level change waiting to be pushed; written in the same transaction as the change itself. */
export interface OutboxEntry {
  seq?: number;
  table: string;
  recordId: string;
  /** Field name → value at the time of the change; null for a cleared field. */
  fields: Record<string, unknown>;
  /** Field name → HLC stamp of the change. */
  stamps: Record<string, string>;
  createdAt: string;
}

/** A value that lost a concurrent edit, kept so that the user can restore it. */
export interface ConflictEntry {
  id?: number;
  table: string;
  recordId: string;
  field: string;
  value: unknown;
  stamp: string;
  keptAt: string;
  resolvedAt?: string;
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
  localOutbox!: EntityTable<OutboxEntry, 'seq'>;
  localConflicts!: EntityTable<ConflictEntry, 'id'>;
  localDrafts!: EntityTable<DraftEntry, 'key'>;
  localSettings!: EntityTable<SettingEntry, 'key'>;
  localRecentCases!: EntityTable<RecentCaseEntry, 'caseId'>;

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
  }
}
