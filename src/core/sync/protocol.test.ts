import { describe, expect, it } from 'vitest';
import { encodeHlc } from '../hlc';
import {
  MAX_PUSH_CHANGES,
  MAX_PULL_PAGE,
  pushedChangeSchema,
  refusalPath,
  refusedIndex,
  SYNC_PROTOCOL_VERSION,
  syncRequestSchema,
} from './protocol';

const STAMP = encodeHlc({ wallMs: 1_767_000_000_000, counter: 0, node: '0123456789abcdef' });
const LATER = encodeHlc({ wallMs: 1_767_000_001_000, counter: 0, node: '0123456789abcdef' });

const change = {
  table: 'goals',
  id: 'goal-1',
  scope: 'case-1',
  fields: { text: 'Wohnung finden', status: 'open' },
  stamp: STAMP,
};

function request(overrides: object = {}) {
  return {
    protocol: SYNC_PROTOCOL_VERSION,
    epoch: null,
    cursor: null,
    changes: [change],
    ...overrides,
  };
}

describe('pushedChangeSchema', () => {
  it('accepts a change with one stamp for all fields, or one per field', () => {
    expect(pushedChangeSchema.safeParse(change).success).toBe(true);
    const perField = {
      ...change,
      stamp: undefined,
      stamps: { text: STAMP, status: LATER },
      bases: { text: STAMP },
    };
    expect(pushedChangeSchema.safeParse(perField).success).toBe(true);
  });

  it('refuses a table the protocol does not know', () => {
    expect(pushedChangeSchema.safeParse({ ...change, table: 'users' }).success).toBe(false);
  });

  it('refuses stamps that are not HLC stamps, wherever they stand', () => {
    for (const bad of [
      { stamp: '2026-01-01T00:00:00Z' },
      { stamps: { text: 'yesterday' } },
      { bases: { text: '1' } },
    ])
      expect(pushedChangeSchema.safeParse({ ...change, ...bad }).success, JSON.stringify(bad)).toBe(
        false,
      );
  });

  it('refuses keys it does not know', () => {
    expect(pushedChangeSchema.safeParse({ ...change, orgId: 'other-org' }).success).toBe(false);
  });

  it('refuses a field that has no stamp, and names it', () => {
    const result = pushedChangeSchema.safeParse({
      ...change,
      stamp: undefined,
      stamps: { text: STAMP },
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path)).toEqual([['stamps', 'status']]);
  });

  it('refuses a change without fields', () => {
    expect(pushedChangeSchema.safeParse({ ...change, fields: {} }).success).toBe(false);
  });

  it('refuses ids and field names that could not be stored or shown safely', () => {
    expect(pushedChangeSchema.safeParse({ ...change, id: 'a/b' }).success).toBe(false);
    expect(pushedChangeSchema.safeParse({ ...change, scope: '' }).success).toBe(false);
    const badField = { ...change, fields: { 'text.length': 3 } };
    expect(pushedChangeSchema.safeParse(badField).success).toBe(false);
  });
});

describe('syncRequestSchema', () => {
  it('accepts a first sync', () => {
    expect(syncRequestSchema.safeParse(request({ changes: [] })).success).toBe(true);
  });

  it('refuses another protocol version and keys it does not know', () => {
    expect(syncRequestSchema.safeParse(request({ protocol: 2 })).success).toBe(false);
    expect(syncRequestSchema.safeParse(request({ since: 0 })).success).toBe(false);
  });

  it('refuses more changes than one request may carry', () => {
    const changes = Array.from({ length: MAX_PUSH_CHANGES + 1 }, (_, i) => ({
      ...change,
      id: `goal-${i}`,
    }));
    expect(syncRequestSchema.safeParse(request({ changes })).success).toBe(false);
    expect(
      syncRequestSchema.safeParse(request({ changes: changes.slice(0, MAX_PUSH_CHANGES) })).success,
    ).toBe(true);
  });

  it('takes records to send back whole, named by table and id, as many as changes', () => {
    const refs = Array.from({ length: MAX_PUSH_CHANGES + 1 }, (_, i) => ({
      table: 'goals',
      id: `goal-${i}`,
    }));
    const parse = (refetch: unknown) => syncRequestSchema.safeParse(request({ refetch })).success;
    expect(parse(refs.slice(0, MAX_PUSH_CHANGES))).toBe(true);
    expect(parse(refs)).toBe(false);
    expect(parse([{ table: 'secrets', id: 'goal-1' }])).toBe(false);
    expect(parse([{ table: 'goals', id: 'a/b' }])).toBe(false);
    expect(parse([{ table: 'goals', id: 'goal-1', fields: ['text'] }])).toBe(false);
  });

  it('keeps the page size within bounds', () => {
    expect(syncRequestSchema.safeParse(request({ pageSize: 0 })).success).toBe(false);
    expect(syncRequestSchema.safeParse(request({ pageSize: MAX_PULL_PAGE + 1 })).success).toBe(
      false,
    );
    expect(syncRequestSchema.safeParse(request({ pageSize: MAX_PULL_PAGE })).success).toBe(true);
  });

  it('names a refused change by its index in the request', () => {
    const result = syncRequestSchema.safeParse(
      request({ changes: [change, { ...change, table: 'nope' }] }),
    );
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path.slice(0, 2)).toEqual(['changes', 1]);
  });
});

describe('refusalPath and refusedIndex', () => {
  it('round-trip an index', () => {
    for (const index of [0, 7, MAX_PUSH_CHANGES - 1])
      expect(refusedIndex(refusalPath(index))).toBe(index);
  });

  it('find no index in paths that are not a whole change', () => {
    for (const path of ['changes', 'changes.', 'changes.x', 'changes.1.fields', 'cursor', ''])
      expect(refusedIndex(path), path).toBeUndefined();
  });
});
