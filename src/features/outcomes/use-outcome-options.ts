import { useTranslation } from 'react-i18next';
import type { Option } from '@/components/form/fields';

/** Select options for an enum, labelled from `outcomes:<group>.<value>`. */
export function useOutcomeOptions(group: string, values: readonly string[]): Option[] {
  const { t } = useTranslation('outcomes');
  return values.map((value) => ({ value, label: t(`${group}.${value}`) }));
}
