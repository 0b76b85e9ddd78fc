// Arabic-script letters written in several ways that readers treat as one:
// hamza carriers on alef, ta marbuta, alef maksura, and the Persian forms of
// yeh and kaf that Dari and Pashto keyboards produce.
const ARABIC_FOLDS: Readonly<Record<string, string>> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ة: 'ه',
  ى: 'ي',
  ی: 'ي',
  ک: 'ك',
};
const ARABIC_FOLD_PATTERN = /[أإآٱةىیک]/g;
// Tashkeel (fathatan … sukun and the extended marks), superscript alef, tatweel.
const ARABIC_DECORATION = /[\u064B-\u065F\u0670\u0640]/g;
// Apostrophes join rather than split: "Sa'id" is "said", "Мар'яна" one word.
// Zero-width (non-)joiners sit inside Persian words and must not split them.
const JOINERS = /['’ʼʻ`´\u200C\u200D]/g;
// Lower-casing Turkish "İ" leaves a combining dot that nobody types.
const DOTTED_I = /i\u0307/g;
const SEPARATORS = /[^\p{L}\p{M}\p{N}]+/u;

/**
 * Splits free text into the lower-case words that search compares, so that
 * stored names and typed queries go through exactly the same normalisation.
 *
 * Contract: every word is non-empty NFC lower case made only of letters, marks
 * and digits; apostrophes are dropped, every other non-letter separates words;
 * Arabic script is folded as listed above and loses its vowel marks, because
 * people search with what their keyboard gives them ("احمد" finds "أحمد").
 */
export function splitWords(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(DOTTED_I, 'i')
    .replace(JOINERS, '')
    .replace(ARABIC_FOLD_PATTERN, (char) => ARABIC_FOLDS[char] ?? char)
    .replace(ARABIC_DECORATION, '')
    .split(SEPARATORS)
    .filter((word) => word.length > 0);
}
