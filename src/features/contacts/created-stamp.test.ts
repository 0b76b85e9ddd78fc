import { describe, expect, it } from 'vitest';
import { encodeHlc } from '@/core/index';
import { createdStamp, stampDate } from './created-stamp';

const node = '0123456789abcdef';
const at = (iso: string, counter = 0) => encodeHlc({ wallMs: Date.parse(iso), counter, node });

describe('created stamp', () => {
  it('is the smallest stamp of the row, so a later edit does not move it', () => {
    const created = at('2026-11-20T09:00:00');
    const row = {
      stamps: {
        text: at('2026-11-23T15:00:00'),
        planId: created,
        status: at('2026-11-20T09:00:00', 1),
      },
    };
    expect(createdStamp(row)).toBe(created);
    expect(createdStamp({ stamps: {} })).toBeUndefined();
  });

  it('reads the calendar day from the first 15 digits', () => {
    expect(stampDate(at('2026-11-20T09:00:00'))).toBe('2026-11-20');
    expect(stampDate('not a stamp')).toBeUndefined();
  });
});
