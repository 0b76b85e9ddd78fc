/**
 * The skeleton of a Latin name: the part that survives the different ways
 * Arabic, Persian, Kurdish and Ukrainian names are written in Latin letters
 * (English, French, German and Turkish habits).
 *
 * Invariant: two spellings get the same skeleton when they differ only in
 *  - which vowels they use or how many: a, e, i, o, u, ou, ee, ei, ue … and y
 *    anywhere but first all become one "a" per run (Hussein/Husain → hasan,
 *    Youssef/Yusuf → yasaf, Mueller/Muller → malar);
 *  - doubled letters (Mohammed/Mohamad → mahamad, Abdallah/Abdullah);
 *  - a final h after a vowel (Abdallah/Abdulla → abdala, Fatimah/Fatima);
 *  - these consonant spellings, longest first: dsch, dj, j → y
 *    (Dschamal/Djamal/Jamal, Jusuf/Yusuf); tsch, ch, kh → h (Chalid/Khalid,
 *    Mikhail/Michael); sch, sh → s; zh → z; ph → f; th → t; dh → d; gh → g;
 *    ck, c, q → k (Qasim/Kasim); w → v (Walid/Valid).
 * A word-initial y stays a consonant, so Yusuf keeps its y.
 *
 * The skeleton is deliberately loose (Hussein also meets Hasan, Müller meets
 * Miller), which is why search ranks it below every other kind of match, and
 * why words of fewer than 4 letters, words with digits or non-Latin letters,
 * and skeletons shorter than 3 letters get none: those would match nearly
 * everything.
 */
const SUBSTITUTIONS: Readonly<Record<string, string>> = {
  dsch: 'y',
  tsch: 'h',
  sch: 's',
  dj: 'y',
  ch: 'h',
  kh: 'h',
  sh: 's',
  zh: 'z',
  ph: 'f',
  th: 't',
  dh: 'd',
  gh: 'g',
  ck: 'k',
  c: 'k',
  q: 'k',
  j: 'y',
  w: 'v',
};
// Alternation tries the longer spellings first because they are listed first.
const SUBSTITUTION_PATTERN = new RegExp(Object.keys(SUBSTITUTIONS).join('|'), 'g');
const VOWEL_RUN = /(?!^y)[aeiouy]+/g;
const DOUBLED = /(.)\1+/g;
const FINAL_H_AFTER_VOWEL = /(?<=a)h$/;
const LATIN_WORD = /^[a-z]{4,}$/;
const MIN_SKELETON_LENGTH = 3;

/**
 * Returns the skeleton of a lower-case, diacritic-free Latin word, or null
 * when the word is too short or not plain Latin; see the invariant above.
 */
export function nameSkeleton(word: string): string | null {
  if (!LATIN_WORD.test(word)) return null;
  const skeleton = word
    .replace(SUBSTITUTION_PATTERN, (spelling) => SUBSTITUTIONS[spelling] ?? spelling)
    .replace(VOWEL_RUN, 'a')
    .replace(DOUBLED, '$1')
    .replace(FINAL_H_AFTER_VOWEL, '');
  return skeleton.length >= MIN_SKELETON_LENGTH ? skeleton : null;
}
