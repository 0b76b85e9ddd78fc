// Ukrainian national transliteration (Cabinet of Ministers resolution 55 of
// 2010), the system Ukrainian passports use. Letters only in Russian are added
// in the same spirit (ё io/yo, ы y, э e, ъ dropped); Russian г and и are
// therefore spelled the Ukrainian way (h, y).
const LETTERS: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'h',
  ґ: 'g',
  д: 'd',
  е: 'e',
  є: 'ie',
  ж: 'zh',
  з: 'z',
  и: 'y',
  і: 'i',
  ї: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ь: '',
  ю: 'iu',
  я: 'ia',
  ё: 'io',
  ы: 'y',
  э: 'e',
  ъ: '',
};
// At the start of a word these letters are spelled with y (Юлія → yuliia).
const WORD_INITIAL: Readonly<Record<string, string>> = {
  є: 'ye',
  ї: 'yi',
  й: 'y',
  ю: 'yu',
  я: 'ya',
  ё: 'yo',
};
const CYRILLIC = /[\u0400-\u04FF]/;

/**
 * Spells a lower-case Cyrillic word in Latin letters (Олена → olena,
 * Шевченко → shevchenko, Юлія → yuliia, Згурський → zghurskyi), so that a
 * name stored in one script is found by its spelling in the other. Words
 * without Cyrillic letters are returned unchanged.
 */
export function transliterateCyrillic(word: string): string {
  if (!CYRILLIC.test(word)) return word;
  let latin = '';
  for (let i = 0; i < word.length; i++) {
    const char = word.charAt(i);
    if (char === 'з' && word.charAt(i + 1) === 'г') {
      latin += 'zgh';
      i++;
      continue;
    }
    latin += (i === 0 ? WORD_INITIAL[char] : undefined) ?? LETTERS[char] ?? char;
  }
  return latin;
}
