import i18next from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, UI_LANGUAGES, textDirection } from '@/core/index';
import { INITIAL_NAMESPACES, PREFETCHED_NAMESPACES } from './namespaces';

/** Points `<html lang dir>` at the language, so that screen readers and right-to-left scripts follow. */
export function applyDocumentLanguage(
  language: string,
  root: HTMLElement = document.documentElement,
) {
  root.lang = language;
  root.dir = textDirection(language);
}

/**
 * Starts i18next with German as default. Each language's texts are a chunk of
 * their own (`locales/<lang>/<namespace>.json`), fetched only when needed and
 * precached by the service worker, so switching language works offline.
 */
export async function initI18n(language: string = DEFAULT_LANGUAGE) {
  i18next.on('languageChanged', (lng) => applyDocumentLanguage(lng));
  await i18next
    .use(
      resourcesToBackend(
        (lng: string, ns: string) => import(`./locales/${lng}/${ns}.json`) as Promise<object>,
      ),
    )
    .use(initReactI18next)
    .init({
      lng: UI_LANGUAGES.includes(language) ? language : DEFAULT_LANGUAGE,
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: UI_LANGUAGES,
      ns: INITIAL_NAMESPACES,
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
      react: { useSuspense: true },
    });
  void i18next.loadNamespaces([...PREFETCHED_NAMESPACES]);
  return i18next;
}
