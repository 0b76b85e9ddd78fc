import bidiFactory from 'bidi-js';

const bidi = bidiFactory();

/** Hebrew, Arabic (with Persian and Pashto letters), Syriac, Thaana, N'Ko and their presentation forms. */
const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

export function hasRightToLeft(text: string): boolean {
  return RIGHT_TO_LEFT.test(text);
}

/**
 * One line as pdfkit must be given it: pieces from left to right. pdfkit
 * (through fontkit) shapes each word and turns a right-to-left word's letters
 * itself, but it sets the words of a string from left to right; so a
 * right-to-left run arrives here as its words in reverse order, each word's
 * letters as typed.
 */
export interface VisualLine {
  pieces: string[];
  /** Whether the paragraph runs right to left (the line is set flush right). */
  rightToLeft: boolean;
}

const TOKEN = /\s+|[^\s]+/g;

/**
 * Breaks `text` into lines no wider than `maxWidth` (by `widthOf`, greedily at
 * spaces) and orders each line by the Unicode Bidirectional Algorithm, the
 * paragraph's direction taken from its first strong letter.
 */
export function bidiLines(
  text: string,
  widthOf: (piece: string) => number,
  maxWidth: number,
): VisualLine[] {
  const levels = bidi.getEmbeddingLevels(text, 'auto');
  const rightToLeft = (levels.paragraphs[0]?.level ?? 0) % 2 === 1;
  const mirrored = bidi.getMirroredCharactersMap(text, levels.levels);
  return breakLines(text, widthOf, maxWidth).map(([start, end]) => {
    // The indices of the whole text, this line's stretch among them reordered.
    const order = bidi.getReorderedIndices(text, levels, start, end - 1).slice(start, end);
    const pieces: string[] = [];
    // Consecutive characters of one direction form a run: as typed (left to right) or reversed.
    let run: number[] = [];
    const flush = () => {
      if (run.length === 0) return;
      const ltr = levels.levels[run[0]!]! % 2 === 0;
      const logical = ltr ? run : [...run].reverse();
      const chars = logical.map((i) => mirrored.get(i) ?? text[i]!).join('');
      const tokens = chars.match(TOKEN) ?? [];
      pieces.push(...(ltr ? tokens : tokens.reverse()));
      run = [];
    };
    for (const index of order) {
      const previous = run.at(-1);
      const sameRun =
        previous !== undefined &&
        levels.levels[previous]! % 2 === levels.levels[index]! % 2 &&
        Math.abs(previous - index) === 1;
      if (!sameRun) flush();
      run.push(index);
    }
    flush();
    return { pieces, rightToLeft };
  });
}

/** [start, end) of each line, in logical order, without the spaces it breaks at. */
function breakLines(
  text: string,
  widthOf: (piece: string) => number,
  maxWidth: number,
): [number, number][] {
  const lines: [number, number][] = [];
  let start = -1;
  let end = -1;
  for (const match of text.matchAll(TOKEN)) {
    const [token] = match;
    const at = match.index;
    if (/^\s/.test(token)) continue;
    if (start >= 0 && widthOf(text.slice(start, at + token.length)) > maxWidth) {
      lines.push([start, end]);
      start = -1;
    }
    if (start < 0) start = at;
    end = at + token.length;
  }
  if (start >= 0) lines.push([start, end]);
  return lines;
}
