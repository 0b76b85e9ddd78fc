import { foldGerman, stripDiacritics } from './fold-latin';
import { nameSkeleton } from './name-skeleton';
import { splitWords } from './split-words';
import { transliterateCyrillic } from './transliterate-cyrillic';

/** The keys of one word, from strictest to loosest. */
export interface WordKeys {
  /** The word as split: lower case, NFC, Arabic script normalised. */
  exact: string;
  /**
   * The exact form plus its folded forms: Cyrillic transliterated, German
   * umlauts folded (ü → ue) and all diacritics stripped (ü → u). Two words
   * meet when some folded form of one starts some folded form of the other,
   * which is why "Mueller" finds "Müller" and "Müller" finds "Mueller".
   */
  folded: readonly string[];
  /** See nameSkeleton; null for short or non-Latin words. */
  skeleton: string | null;
}

/** Marks skeleton keys in searchKeys so they never collide with a real word. */
export const SKELETON_MARK = '~';

/**
 * Computes the keys of one word as returned by splitWords. The search index
 * calls this once per stored word and once per query word, so both sides are
 * normalised by the same rules.
 */
export function wordKeys(word: string): WordKeys {
  const latin = transliterateCyrillic(word);
  const plain = stripDiacritics(latin);
  return {
    exact: word,
    folded: [...new Set([word, latin, foldGerman(latin), plain])],
    skeleton: nameSkeleton(plain),
  };
}

/**
 * Lists every normalised form under which a name can be found, strictest
 * first, with skeleton keys marked by SKELETON_MARK. Why: this is the
 * contract of name matching in one inspectable list, for tests, debugging
 * and any store that wants to index the same keys.
 */
export function searchKeys(text: string): string[] {
  const keys = splitWords(text).flatMap((word) => {
    const { folded, skeleton } = wordKeys(word);
    return skeleton === null ? folded : [...folded, SKELETON_MARK + skeleton];
  });
  return [...new Set(keys)];
}
