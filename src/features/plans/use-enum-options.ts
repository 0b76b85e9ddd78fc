import { useTranslation } from 'react-i18next';
import type { Option } from '@/components/form/fields';

/** Select options for an enum, labelled from `plans:<group>.<value>`. */
export function useEnumOptions(group: string, values: readonly string[]): Option[] {
  const { t } = useTranslation('plans');
  return values.map((value) => ({ value, label: t(`${group}.${value}`) }));
}
