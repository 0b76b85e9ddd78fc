import { useTranslation } from 'react-i18next';
import { Role } from '@/core/index';
import type { Option } from '@/components/form/fields';

/** Every role with its label, for a select. */
export function useRoleOptions(): Option[] {
  const { t } = useTranslation('admin');
  return Object.values(Role).map((role) => ({ value: role, label: t(`roles.${role}`) }));
}
