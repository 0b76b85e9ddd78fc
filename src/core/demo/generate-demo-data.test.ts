import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setToday } from '../domain/date-rules';
import { DEFAULT_LIFE_AREAS } from '../domain/life-area';
import { stepFitsGoal } from '../domain/plan';
import { RECORD_SCHEMAS, type RecordTable } from '../domain/record-types';
import { ID_PATTERN } from '../ids';
import { ORG_SCOPE } from '../sync/synced-row';
import { generateDemoData, type DemoRecord } from './generate-demo-data';

const TODAY = '2025-06-15';
const options = { clients: 150, seed: 42, today: TODAY, orgId: 'org-demo' };

const field = (record: DemoRecord, name: string): unknown =>
  (record.fields as Record<string, unknown>)[name];
const ofTable = (records: DemoRecord[], table: RecordTable) =>
  records.filter((record) => record.table === table);
const withoutIds = (records: DemoRecord[]) =>
  records.map(({ table, fields }) => ({ table, fields }));
const expectBetween = (value: number, min: number, max: number) => {
  expect(value).toBeGreaterThanOrEqual(min);
  expect(value).toBeLessThanOrEqual(max);
};

/** Which table each reference field must point into. */
const REFERENCES: Record<string, RecordTable> = {
  caseId: 'caseFiles',
  clientId: 'clients',
  planId: 'plans',
  goalId: 'goals',
  partnerId: 'partners',
  householdId: 'households',
  groupOfferId: 'groupOffers',
};

describe('generateDemoData', () => {
  let records: DemoRecord[];
  beforeAll(() => {
    setToday(TODAY);
    records = generateDemoData(options);
  });
  afterAll(() => setToday(undefined));

  it('makes records whose fields parse with their table schema', () => {
    const failures = records
      .map((record) => ({ record, result: RECORD_SCHEMAS[record.table].safeParse(record.fields) }))
      .filter(({ result }) => !result.success)
      .map(({ record, result }) => ({ table: record.table, issues: result.error?.issues }));
    expect(failures.slice(0, 3)).toEqual([]);
  });

  it('stays valid for another day, when recent arrivals are few', () => {
    setToday('2023-01-10');
    try {
      const early = generateDemoData({ ...options, clients: 60, today: '2023-01-10' });
      for (const record of early)
        expect(RECORD_SCHEMAS[record.table].safeParse(record.fields).success).toBe(true);
    } finally {
      setToday(TODAY);
    }
  });

  it('makes roughly 40 records per client', () => {
    expectBetween(records.length, 5_000, 8_000);
    expect(ofTable(records, 'clients')).toHaveLength(150);
    expect(ofTable(records, 'caseFiles')).toHaveLength(150);
    expect(ofTable(records, 'partners').length).toBeGreaterThanOrEqual(25);
    expect(ofTable(records, 'groupOffers').length).toBeGreaterThan(0);
  });

  it('gives the same records for the same seed and other records for another', () => {
    const again = generateDemoData(options);
    expect(withoutIds(again)).toEqual(withoutIds(records));
    expect(again.map((record) => record.id)).toEqual(records.map((record) => record.id));
    expect(withoutIds(generateDemoData({ ...options, seed: 43 }))).not.toEqual(withoutIds(records));
  });

  it('gives another organisation the same people under other ids', () => {
    const other = generateDemoData({ ...options, orgId: 'org-other' });
    const names = (list: DemoRecord[]) => ofTable(list, 'clients').map((r) => field(r, 'lastName'));
    expect(names(other)).toEqual(names(records));
    const ids = new Set(records.map((record) => record.id));
    expect(other.some((record) => ids.has(record.id))).toBe(false);
  });

  it('uses unique UUIDv7 ids', () => {
    const ids = records.map((record) => record.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => ID_PATTERN.test(id))).toBe(true);
  });

  it('refers only to records that exist, in the right table', () => {
    const tableOf = new Map(records.map((record) => [record.id, record.table]));
    for (const record of records) {
      for (const [name, table] of Object.entries(REFERENCES)) {
        const value = field(record, name);
        if (value !== undefined)
          expect(tableOf.get(value as string), `${record.table}.${name}`).toBe(table);
      }
      if (record.table === 'groupOffers')
        for (const caseId of record.fields.attendeeCaseIds)
          expect(tableOf.get(caseId)).toBe('caseFiles');
    }
  });

  it('scopes case records to their case and shared records to the organisation', () => {
    const tableOf = new Map(records.map((record) => [record.id, record.table]));
    const caseOfClient = new Map(
      ofTable(records, 'caseFiles').map((r) => [field(r, 'clientId'), r.id]),
    );
    for (const record of records) {
      if (record.table === 'partners' || record.table === 'groupOffers')
        expect(record.scope).toBe(ORG_SCOPE);
      else if (record.table === 'caseFiles') expect(record.scope).toBe(record.id);
      else if (record.table === 'clients') expect(record.scope).toBe(caseOfClient.get(record.id));
      else if (record.table === 'households') expect(tableOf.get(record.scope)).toBe('caseFiles');
      else expect(record.scope).toBe(field(record, 'caseId'));
    }
  });

  it('logs a group contact for every attendee of a group offer', () => {
    const groupContacts = new Set(
      ofTable(records, 'contacts')
        .filter((r) => field(r, 'mode') === 'group')
        .map((r) => `${String(field(r, 'groupOfferId'))}/${String(field(r, 'caseId'))}`),
    );
    for (const offer of records)
      if (offer.table === 'groupOffers')
        for (const caseId of offer.fields.attendeeCaseIds)
          expect(groupContacts.has(`${offer.id}/${caseId}`)).toBe(true);
  });

  it('keeps every step due no later than its goal', () => {
    const byId = new Map(records.map((record) => [record.id, record]));
    for (const step of records) {
      if (step.table !== 'steps') continue;
      const goal = byId.get(step.fields.goalId);
      const plan = byId.get(step.fields.planId);
      if (goal?.table !== 'goals' || plan?.table !== 'plans') throw new Error('broken step');
      expect(stepFitsGoal(step.fields, goal.fields, plan.fields)).toBe(true);
      if (step.fields.dueDate && goal.fields.targetDate)
        expect(step.fields.dueDate <= goal.fields.targetDate).toBe(true);
    }
  });

  it('uses only the default life areas', () => {
    const keys = new Set(DEFAULT_LIFE_AREAS.map((area) => area.key));
    for (const record of records) {
      const areas = [
        field(record, 'lifeAreaKey'),
        ...((field(record, 'lifeAreaKeys') as unknown[]) ?? []),
      ];
      for (const key of areas.filter((key) => key !== undefined))
        expect(keys.has(key as string)).toBe(true);
    }
  });
});

describe('generateDemoData at scale', () => {
  let records: DemoRecord[];
  let elapsedMs: number;
  beforeAll(() => {
    const started = performance.now();
    records = generateDemoData({ clients: 10_000, seed: 7, today: TODAY, orgId: 'org-demo' });
    elapsedMs = performance.now() - started;
  }, 30_000);

  it('makes 10,000 clients in under 15 s', () => {
    expect(elapsedMs).toBeLessThan(15_000);
    expect(ofTable(records, 'clients')).toHaveLength(10_000);
  });

  it('spreads outcomes so that about a fifth to a third meet two of three criteria', () => {
    const outcomes = ofTable(records, 'indicators').map(
      (record) => record.fields as Record<string, unknown>,
    );
    const met = outcomes.filter(
      (o) =>
        [
          ['B1', 'B2', 'C1', 'C2'].includes(o.germanLevel as string),
          !!o.occupationType,
          !!o.ownFlatSince,
        ].filter(Boolean).length >= 2,
    );
    expectBetween(met.length / outcomes.length, 0.2, 0.35);
  });

  it('puts about a third of clients into households and fills sensitive fields rarely', () => {
    const clients = ofTable(records, 'clients');
    const share = (test: (record: DemoRecord) => boolean) =>
      clients.filter(test).length / clients.length;
    expectBetween(
      share((r) => field(r, 'householdId') !== undefined),
      0.25,
      0.42,
    );
    for (const name of ['health', 'disability', 'protectionNeeds', 'religion'])
      expect(share((r) => field(r, name) !== undefined)).toBeLessThan(0.1);
  });

  it('writes about half the goals also in the client language', () => {
    const goals = ofTable(records, 'goals');
    const translated =
      goals.filter((r) => field(r, 'clientText') !== undefined).length / goals.length;
    expectBetween(translated, 0.35, 0.65);
  });

  it('includes umlauts and transliteration variants for search', () => {
    const names = new Set(
      ofTable(records, 'clients').flatMap(
        (r) => [field(r, 'firstName'), field(r, 'lastName')] as string[],
      ),
    );
    for (const name of ['Mohammed', 'Muhammad', 'Hussein', 'Husain', 'Müller', 'Schäfer', 'Öztürk'])
      expect(names.has(name), name).toBe(true);
  });
});
