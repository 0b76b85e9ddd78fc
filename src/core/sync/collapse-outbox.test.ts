import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeHlc } from '../hlc';
import { collapseOutbox, type QueuedChange } from './collapse-outbox';
import { expandStamps } from './merge';

const stamp = (n: number) =>
  encodeHlc({ wallMs: 1_767_000_000_000 + n * 1000, counter: 0, node: '0123456789abcdef' });

function entry(
  recordId: string,
  fields: Record<string, unknown>,
  at: number,
  bases?: Record<string, number>,
): QueuedChange {
  return {
    table: 'goals',
    recordId,
    scope: 'case-1',
    fields,
    stamps: Object.fromEntries(Object.keys(fields).map((f) => [f, stamp(at)])),
    ...(bases
      ? { bases: Object.fromEntries(Object.entries(bases).map(([f, n]) => [f, stamp(n)])) }
      : {}),
  };
}

describe('collapseOutbox', () => {
  it('pushes nothing for an empty outbox', () => {
    expect(collapseOutbox([])).toEqual([]);
  });

  it('keeps the newest value and stamp of each field', () => {
    const [change] = collapseOutbox([
      entry('g1', { text: 'erst', status: 'open' }, 2),
      entry('g1', { text: 'dann' }, 3),
      entry('g1', { text: 'zuletzt' }, 4),
    ]);
    expect(change).toMatchObject({ table: 'goals', id: 'g1', scope: 'case-1' });
    expect(change!.fields).toEqual({ text: 'zuletzt', status: 'open' });
    expect(expandStamps(Object.keys(change!.fields), change!)).toEqual({
      text: stamp(4),
      status: stamp(2),
    });
  });

  it('takes each field its base from the oldest entry that changed it', () => {
    const [change] = collapseOutbox([
      entry('g1', { text: 'a' }, 5, { text: 1 }),
      entry('g1', { text: 'b', status: 'achieved' }, 6, { text: 5, status: 2 }),
    ]);
    expect(change!.bases).toEqual({ text: stamp(1), status: stamp(2) });
  });

  it('keeps a field without base when its oldest entry had none, whatever later entries say', () => {
    const [change] = collapseOutbox([
      entry('g1', { text: 'neu', status: 'open' }, 5),
      entry('g1', { text: 'geändert' }, 6, { text: 5 }),
    ]);
    expect(change).not.toHaveProperty('bases');
  });

  it('lists records in the order they were first changed, so a case goes before its goals', () => {
    const changes = collapseOutbox([
      { ...entry('case-1', { status: 'open' }, 1), table: 'caseFiles' },
      entry('g2', { text: 'zwei' }, 2),
      entry('g1', { text: 'eins' }, 3),
      entry('g2', { text: 'zwei!' }, 4),
      { ...entry('case-1', { statusReason: 'Umzug' }, 5), table: 'caseFiles' },
    ]);
    expect(changes.map((c) => c.id)).toEqual(['case-1', 'g2', 'g1']);
    expect(changes[0]!.fields).toEqual({ status: 'open', statusReason: 'Umzug' });
  });

  it('keeps records of the same id in different tables apart', () => {
    const changes = collapseOutbox([
      entry('x', { text: 'Ziel' }, 1),
      { ...entry('x', { note: 'Kontakt' }, 2), table: 'contacts' },
    ]);
    expect(changes.map((c) => [c.table, c.fields])).toEqual([
      ['goals', { text: 'Ziel' }],
      ['contacts', { note: 'Kontakt' }],
    ]);
  });

  it('agrees with replaying the entries one by one', () => {
    const entries = fc.array(
      fc.record({
        record: fc.constantFrom('r1', 'r2', 'r3'),
        fields: fc.dictionary(fc.constantFrom('text', 'status', 'note'), fc.string(), {
          minKeys: 1,
        }),
        base: fc.option(fc.nat({ max: 50 }), { nil: undefined }),
      }),
      { maxLength: 20 },
    );
    fc.assert(
      fc.property(entries, (list) => {
        const queue = list.map((e, i) =>
          entry(
            e.record,
            e.fields,
            100 + i,
            e.base === undefined
              ? undefined
              : Object.fromEntries(Object.keys(e.fields).map((f) => [f, e.base!])),
          ),
        );
        const expected = new Map<string, { fields: object; stamps: object; bases: object }>();
        for (const q of queue) {
          const seen = expected.get(q.recordId) ?? { fields: {}, stamps: {}, bases: {} };
          for (const f of Object.keys(q.fields)) {
            if (!(f in seen.stamps) && q.bases?.[f])
              (seen.bases as Record<string, string>)[f] = q.bases[f];
            (seen.fields as Record<string, unknown>)[f] = q.fields[f];
            (seen.stamps as Record<string, string>)[f] = q.stamps[f]!;
          }
          expected.set(q.recordId, seen);
        }
        const changes = collapseOutbox(queue);
        expect(changes.map((c) => c.id)).toEqual([...expected.keys()]);
        for (const change of changes) {
          const want = expected.get(change.id)!;
          expect(change.fields).toEqual(want.fields);
          expect(expandStamps(Object.keys(change.fields), change)).toEqual(want.stamps);
          expect(change.bases ?? {}).toEqual(want.bases);
        }
      }),
    );
  });
});
