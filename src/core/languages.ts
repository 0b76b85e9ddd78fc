/**
 * Languages Lotse knows about. `ui` marks languages whose interface texts are
 * complete; the others are languages clients speak and read their goals in.
 * Configuration, not code: adding a language is adding a row.
 */
export interface Language {
  code: string;
  /** The language's name in itself, as a speaker would look for it. */
  nativeName: string;
  dir: 'ltr' | 'rtl';
  ui: boolean;
}

export const LANGUAGES: readonly Language[] = [
  { code: 'de', nativeName: 'Deutsch', dir: 'ltr', ui: true },
  { code: 'en', nativeName: 'English', dir: 'ltr', ui: true },
  { code: 'ar', nativeName: 'العربية', dir: 'rtl', ui: false },
  { code: 'fa', nativeName: 'فارسی', dir: 'rtl', ui: false },
  { code: 'ps', nativeName: 'پښتو', dir: 'rtl', ui: false },
  { code: 'uk', nativeName: 'Українська', dir: 'ltr', ui: false },
  { code: 'ru', nativeName: 'Русский', dir: 'ltr', ui: false },
  { code: 'tr', nativeName: 'Türkçe', dir: 'ltr', ui: false },
  { code: 'ti', nativeName: 'ትግርኛ', dir: 'ltr', ui: false },
  { code: 'so', nativeName: 'Soomaali', dir: 'ltr', ui: false },
  { code: 'ku', nativeName: 'Kurdî', dir: 'ltr', ui: false },
];

export const DEFAULT_LANGUAGE = 'de';

export const UI_LANGUAGES = LANGUAGES.filter((language) => language.ui).map((l) => l.code);

/** Writing direction of a language tag such as `fa` or `ar-SY`; unknown tags are left-to-right. */
export function textDirection(tag: string): 'ltr' | 'rtl' {
  const base = tag.toLowerCase().split('-')[0];
  return LANGUAGES.find((language) => language.code === base)?.dir ?? 'ltr';
}
