import { describe, expect, it } from 'vitest';
import { formatBytes } from './format-bytes';

// Intl puts a no-break space between number and unit; compare with plain spaces.
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

describe('formatBytes', () => {
  it('picks a readable unit in the reader’s language', () => {
    expect(plain(formatBytes(1_500_000_000, 'de'))).toBe('1,5 GB');
    expect(plain(formatBytes(1_500_000_000, 'en'))).toBe('1.5 GB');
    expect(plain(formatBytes(312_400_000, 'de'))).toBe('312,4 MB');
    expect(plain(formatBytes(900, 'en'))).toBe('900 byte');
  });
});
