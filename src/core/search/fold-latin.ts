const GERMAN_FOLDS: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };
// Letters that Unicode does not decompose into a base letter plus a mark.
const UNDECOMPOSABLE: Readonly<Record<string, string>> = {
  ß: 'ss',
  ı: 'i',
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
};
const UNDECOMPOSABLE_PATTERN = /[ßıłøđðæœþ]/g;
const MARKS = /\p{M}/gu;

/**
 * Removes every diacritic ("müller" → "muller", "şahin" → "sahin",
 * "ılgın" → "ilgin"), because people often type names on keyboards without
 * the letters of the client's language. Expects NFC lower case.
 */
export function stripDiacritics(word: string): string {
  return word
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(UNDECOMPOSABLE_PATTERN, (char) => UNDECOMPOSABLE[char] ?? char);
}

/**
 * Folds German umlauts the way German forms and passports spell them without
 * umlauts ("müller" → "mueller", "strauß" → "strauss"), then strips any other
 * diacritic. Expects NFC lower case.
 */
export function foldGerman(word: string): string {
  return stripDiacritics(word.replace(/[äöüß]/g, (char) => GERMAN_FOLDS[char] ?? char));
}
