import { render, type RenderResult } from '@testing-library/react';
import i18next from 'i18next';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import fs from 'node:fs';
import path from 'node:path';
import { initI18n } from '@/i18n/i18n';

const NAMESPACES = fs
  .readdirSync(path.resolve('src/i18n/locales/de'))
  .map((file) => file.replace('.json', ''));

/** Renders with real locale files loaded, so tests see the texts a manager sees. */
export async function renderWithI18n(ui: ReactElement, language = 'de'): Promise<RenderResult> {
  if (!i18next.isInitialized) await initI18n(language);
  await i18next.changeLanguage(language);
  await i18next.loadNamespaces([...NAMESPACES]);
  return render(<I18nextProvider i18n={i18next}>{ui}</I18nextProvider>);
}
