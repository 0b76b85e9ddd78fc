import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { STEP_RESPONSIBLES } from '@/core/index';
import { SelectField } from '@/components/form/fields';
import { usePartners } from '@/db/queries/use-partners';
import { useEnumOptions } from './use-enum-options';

/** Who is responsible for a step; a cooperation partner is picked from the partner directory. */
export function ResponsibleFields() {
  const { t } = useTranslation('plans');
  const responsible = useWatch({ name: 'responsible' }) as string | undefined;
  const partners = usePartners() ?? [];
  const responsibleOptions = useEnumOptions('responsibles', STEP_RESPONSIBLES);
  return (
    <>
      <SelectField name="responsible" label={t('steps.responsible')} options={responsibleOptions} />
      {responsible === 'partner' && (
        <SelectField
          name="partnerId"
          label={t('steps.partner')}
          hint={partners.length === 0 ? t('steps.noPartners') : undefined}
          emptyLabel={t('steps.choosePartner')}
          options={partners.map((p) => ({ value: p.id, label: p.name }))}
        />
      )}
    </>
  );
}
