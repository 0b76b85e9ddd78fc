import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeHlc } from '../hlc';
import {
  compactStamps,
  erasedState,
  expandStamps,
  isConcurrent,
  mergeFields,
  type FieldState,
} from './merge';

const NODE = 'a1b2c3d4e5f60718';
const stamp = (ms: number, counter = 0, node = NODE) =>
  encodeHlc({ wallMs: 1_767_000_000_000 + ms, counter, node });

const S1 = stamp(1000);
const S2 = stamp(2000);
const S3 = stamp(3000);

function state(entries: Record<string, [unknown, string]>): FieldState {
  const fields: Record<string, unknown> = {};
  const stamps: Record<string, string> = {};
  for (const [name, [value, at]] of Object.entries(entries)) {
    fields[name] = value;
    stamps[name] = at;
  }
  return { fields, stamps };
}

const only = ({ fields, stamps }: FieldState): FieldState => ({ fields, stamps });

describe('mergeFields', () => {
  it('takes every field of a record it did not have', () => {
    const incoming = state({ text: ['Wohnung finden', S1], status: ['open', S1] });
    const result = mergeFields(undefined, incoming);
    expect(only(result)).toEqual(incoming);
    expect(result.taken.sort()).toEqual(['status', 'text']);
    expect(result.replaced).toEqual([]);
    expect(result.lost).toEqual([]);
  });

  it('lets the newer stamp win per field and keeps the fields the other side did not touch', () => {
    const current = state({ text: ['alt', S2], status: ['open', S1], priority: ['low', S1] });
    const incoming = state({ text: ['neu', S1], status: ['achieved', S3] });
    const result = mergeFields(current, incoming);
    expect(result.fields).toEqual({ text: 'alt', status: 'achieved', priority: 'low' });
    expect(result.stamps).toEqual({ text: S2, status: S3, priority: S1 });
    expect(result.taken).toEqual(['status']);
    expect(result.replaced).toEqual([{ field: 'status', value: 'open', stamp: S1 }]);
    expect(result.lost).toEqual([{ field: 'text', value: 'neu', stamp: S1 }]);
  });

  it('orders stamps of the same millisecond by counter, then by node', () => {
    const current = state({ text: ['a', stamp(1000, 1, '0000000000000001')] });
    const byCounter = mergeFields(
      current,
      state({ text: ['b', stamp(1000, 2, '0000000000000000')] }),
    );
    expect(byCounter.fields.text).toBe('b');
    const byNode = mergeFields(current, state({ text: ['c', stamp(1000, 1, '0000000000000002')] }));
    expect(byNode.fields.text).toBe('c');
  });

  it('changes nothing when the same write arrives again', () => {
    const current = state({ text: ['Deutschkurs', S2], status: ['open', S1] });
    const again = mergeFields(current, state({ text: ['Deutschkurs', S2] }));
    expect(only(again)).toEqual(current);
    expect(again).toMatchObject({ taken: [], replaced: [], lost: [] });
  });

  it('keeps the current value on equal stamps, even if the incoming value differs', () => {
    const current = state({ text: ['eins', S2] });
    const result = mergeFields(current, state({ text: ['zwei', S2] }));
    expect(result.fields.text).toBe('eins');
    expect(result).toMatchObject({ taken: [], replaced: [], lost: [] });
  });

  it('ignores an incoming field that has no stamp', () => {
    const result = mergeFields(state({ text: ['a', S1] }), {
      fields: { text: 'b', note: 'ohne Stempel' },
      stamps: {},
    });
    expect(only(result)).toEqual(state({ text: ['a', S1] }));
  });

  it('merges a deletion like any field: an edit of another field made meanwhile survives', () => {
    const base = state({ text: ['Ziel', S1], status: ['open', S1], deleted: [false, S1] });
    const deletedHere = mergeFields(base, state({ deleted: [true, S2] }));
    const editedThere = state({ status: ['achieved', S3] });
    const both = mergeFields(deletedHere, editedThere);
    expect(both.fields).toEqual({ text: 'Ziel', status: 'achieved', deleted: true });
    // And the other way round: the same result.
    const reverse = mergeFields(mergeFields(base, editedThere), state({ deleted: [true, S2] }));
    expect(only(reverse)).toEqual(only(both));
  });

  it('lets a later restore undo a deletion', () => {
    const deleted = state({ text: ['Ziel', S1], deleted: [true, S2] });
    expect(mergeFields(deleted, state({ deleted: [false, S3] })).fields.deleted).toBe(false);
    expect(mergeFields(deleted, state({ deleted: [false, S1] })).fields.deleted).toBe(true);
  });

  it('lets an erasure beat every field, even ones stamped later', () => {
    const current = state({ text: ['Gesundheit', S3], note: ['vertraulich', S3] });
    const result = mergeFields(current, erasedState(S1));
    expect(only(result)).toEqual(erasedState(S1));
    expect(result.fields).not.toHaveProperty('text');
  });

  it('brings nothing back into an erased record, whatever arrives later', () => {
    const erased = erasedState(S1);
    const later = state({ text: ['zurück?', S3], deleted: [false, S3] });
    const result = mergeFields(erased, later);
    expect(only(result)).toEqual(erased);
    expect(result.taken).toEqual([]);
    expect(result.lost.map((l) => l.field).sort()).toEqual(['deleted', 'text']);
  });
});

describe('isConcurrent', () => {
  it('is false when the field had no value yet', () => {
    expect(isConcurrent(undefined, undefined)).toBe(false);
    expect(isConcurrent(undefined, S1)).toBe(false);
  });

  it('is true when the writer never saw a value the field has', () => {
    expect(isConcurrent(S1, undefined)).toBe(true);
  });

  it('is true only when the current value is newer than what the writer saw', () => {
    expect(isConcurrent(S2, S1)).toBe(true);
    expect(isConcurrent(S2, S2)).toBe(false);
    expect(isConcurrent(S1, S2)).toBe(false);
  });
});

describe('compactStamps and expandStamps', () => {
  it('writes one stamp for a record made in one go', () => {
    expect(compactStamps({ a: S1, b: S1, c: S1 })).toEqual({ stamp: S1 });
  });

  it('lists only the fields that differ from the most frequent stamp', () => {
    expect(compactStamps({ a: S1, b: S2, c: S1 })).toEqual({ stamp: S1, stamps: { b: S2 } });
  });

  it('writes nothing for no stamps', () => {
    expect(compactStamps({})).toEqual({});
    expect(expandStamps([], {})).toEqual({});
  });

  it('stamps every named field from the compact form, and no field it does not name', () => {
    expect(expandStamps(['a', 'b'], { stamp: S1, stamps: { b: S2, z: S3 } })).toEqual({
      a: S1,
      b: S2,
    });
    expect(expandStamps(['a'], { stamps: { b: S2 } })).toEqual({});
  });

  it('round-trips any stamps', () => {
    const stamps = fc.dictionary(
      fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,8}$/),
      fc.integer({ min: 0, max: 5 }).map((n) => stamp(n)),
    );
    fc.assert(
      fc.property(stamps, (map) => {
        expect(expandStamps(Object.keys(map), compactStamps(map))).toEqual(map);
      }),
    );
  });
});

/**
 * States of one record on different devices. Every write of a field has a
 * stamp of its own (stamps are unique per node, and nodes are unique), so
 * per field no two states share a stamp with different values.
 */
const FIELDS = ['text', 'status', 'note', 'deleted'] as const;
const writes = fc.array(
  fc.record({
    field: fc.constantFrom(...FIELDS),
    value: fc.oneof(fc.string({ maxLength: 3 }), fc.boolean(), fc.constant(null)),
    state: fc.nat({ max: 2 }),
  }),
  { maxLength: 12 },
);
const erasure = fc.option(fc.record({ at: fc.nat({ max: 30 }), into: fc.nat({ max: 2 }) }));

function statesFrom(
  list: { field: string; value: unknown; state: number }[],
  erase: { at: number; into: number } | null,
): [FieldState, FieldState, FieldState] {
  const states: FieldState[] = [0, 1, 2].map(() => ({ fields: {}, stamps: {} }));
  // The write's index makes its stamp unique; a state that writes a field again keeps its newest.
  list.forEach(({ field, value, state: n }, i) => {
    states[n]!.fields[field] = value;
    states[n]!.stamps[field] = stamp(i * 10);
  });
  // At most one erasure: the server erases a record once.
  if (erase) states[erase.into] = erasedState(stamp(erase.at * 10 + 5));
  return states as [FieldState, FieldState, FieldState];
}

describe('mergeFields, whatever the order', () => {
  it('is commutative', () => {
    fc.assert(
      fc.property(writes, erasure, (list, erase) => {
        const [a, b] = statesFrom(list, erase);
        expect(only(mergeFields(a, b))).toEqual(only(mergeFields(b, a)));
      }),
    );
  });

  it('is associative', () => {
    fc.assert(
      fc.property(writes, erasure, (list, erase) => {
        const [a, b, c] = statesFrom(list, erase);
        const left = mergeFields(mergeFields(a, b), c);
        const right = mergeFields(a, mergeFields(b, c));
        expect(only(left)).toEqual(only(right));
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(writes, erasure, (list, erase) => {
        const [a, b] = statesFrom(list, erase);
        const once = mergeFields(a, b);
        expect(only(mergeFields(once, b))).toEqual(only(once));
        expect(only(mergeFields(once, once))).toEqual(only(once));
        expect(only(mergeFields(a, a))).toEqual(only(a));
      }),
    );
  });

  it('holds for each field the value of its newest write', () => {
    fc.assert(
      fc.property(writes, (list) => {
        const [a, b, c] = statesFrom(list, null);
        const merged = mergeFields(mergeFields(a, b), c);
        const newest = new Map<string, unknown>();
        for (const w of list) newest.set(w.field, w.value);
        expect(merged.fields).toEqual(Object.fromEntries(newest));
      }),
    );
  });

  it('never brings data back once an erasure is merged', () => {
    fc.assert(
      fc.property(writes, fc.nat({ max: 30 }), (list, at) => {
        const [a, b, c] = statesFrom(list, null);
        const erased = erasedState(stamp(at * 10 + 5));
        const merged = [b, c].reduce<FieldState>((s, next) => mergeFields(s, next), {
          ...mergeFields(a, erased),
        });
        expect(only(merged)).toEqual(erased);
      }),
    );
  });
});
