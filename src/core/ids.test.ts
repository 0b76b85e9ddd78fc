import { describe, expect, it } from 'vitest';
import { createId, ID_PATTERN } from './ids';

describe('createId', () => {
  it('makes UUIDv7 ids that sort by creation time', () => {
    const earlier = createId(1_700_000_000_000);
    const later = createId(1_700_000_000_001);
    expect(earlier).toMatch(ID_PATTERN);
    expect(later > earlier).toBe(true);
    expect(earlier.slice(0, 13)).toBe('018bcfe5-6800');
  });

  it('does not repeat itself', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => createId(0)));
    expect(ids.size).toBe(1000);
  });
});
