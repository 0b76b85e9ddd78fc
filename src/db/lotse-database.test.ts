import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { LotseDatabase } from './lotse-database';

describe('schema version 2', () => {
  it('gives every queued change of a version 1 device its record’s scope', async () => {
    const name = `upgrade-${Math.random()}`;
    const old = new Dexie(name);
    old.version(1).stores({
      goals: 'id, scope, planId',
      localOutbox: '++seq, [table+recordId]',
      localConflicts: '++id, [table+recordId], resolvedAt',
    });
    await old.table('goals').put({ id: 'goal-1', scope: 'case-1', planId: 'plan-1', stamps: {} });
    await old
      .table('localOutbox')
      .add({ table: 'goals', recordId: 'goal-1', fields: {}, stamps: {} });
    await old
      .table('localOutbox')
      .add({ table: 'goals', recordId: 'gone', fields: {}, stamps: {} });
    old.close();

    const upgraded = new LotseDatabase(name);
    const entries = await upgraded.localOutbox.orderBy('seq').toArray();
    expect(entries.map((e) => e.scope)).toEqual(['case-1', 'org']);
    expect(await upgraded.localOutbox.where('scope').equals('case-1').count()).toBe(1);
    upgraded.close();
    await Dexie.delete(name);
  });
});
