import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '@/core/index';
import type { Option } from '@/components/form/fields';

/** The languages a client may read their goals in, named in the interface language and in themselves. */
export function useClientLanguageOptions(): Option[] {
  const { t } = useTranslation('plans');
  return LANGUAGES.filter((l) => l.code !== 'de').map((l) => ({
    value: l.code,
    label: `${t(`common:languageNames.${l.code}`)} – ${l.nativeName}`,
  }));
}
