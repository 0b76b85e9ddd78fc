import { describe, expect, it } from 'vitest';
import { bidiLines, hasRightToLeft } from './bidi-lines';

const byLength = (piece: string) => piece.length;
const words = (pieces: string[]) => pieces.filter((piece) => piece.trim());

describe('bidiLines: text as pdfkit must be given it, left to right', () => {
  it('leaves left-to-right text as it is', () => {
    const [line] = bidiLines('Deutschkurs B1 abschließen (Ziel: 2027)', byLength, 100);
    expect(line!.rightToLeft).toBe(false);
    expect(line!.pieces.join('')).toBe('Deutschkurs B1 abschließen (Ziel: 2027)');
  });

  it('sets an Arabic sentence right to left, with its Latin and its numbers left to right inside', () => {
    const lines = bidiLines(
      'أريد أن أتعلم اللغة الألمانية حتى المستوى B1 في عام 2027.',
      byLength,
      100,
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]!.rightToLeft).toBe(true);
    // Read from the right: أريد … المستوى B1 في عام 2027, the full stop at the far left.
    expect(words(lines[0]!.pieces)).toEqual([
      '.',
      '2027',
      'عام',
      'في',
      'B1',
      'المستوى',
      'حتى',
      'الألمانية',
      'اللغة',
      'أتعلم',
      'أن',
      'أريد',
    ]);
  });

  it('mirrors brackets inside right-to-left text', () => {
    const [line] = bidiLines('سلمى الحسيني (مواليد 1990)', byLength, 100);
    expect(words(line!.pieces)).toEqual(['(', '1990', ')مواليد', 'الحسيني', 'سلمى']);
  });

  it('breaks long text at spaces, the first words on the first line', () => {
    const text = 'أريد أن أتعلم اللغة الألمانية حتى المستوى B1 في عام 2027 وبعد ذلك أبحث عن تدريب';
    const lines = bidiLines(text, byLength, 24);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(line.pieces.join('').length).toBeLessThanOrEqual(24);
    expect(words(lines[0]!.pieces).at(-1)).toBe('أريد');
    expect(words(lines.at(-1)!.pieces)[0]).toBe('تدريب');
    // Nothing lost or doubled across the lines.
    const all = lines.flatMap((line) => words(line.pieces));
    expect(all.sort()).toEqual(text.split(' ').sort());
  });

  it('tells right-to-left script apart', () => {
    expect(hasRightToLeft('Amal Haddad')).toBe(false);
    expect(hasRightToLeft('Олена Коваленко')).toBe(false);
    expect(hasRightToLeft('سلمى')).toBe(true);
    expect(hasRightToLeft('می‌خواهم')).toBe(true);
    expect(hasRightToLeft('שלום')).toBe(true);
  });
});
