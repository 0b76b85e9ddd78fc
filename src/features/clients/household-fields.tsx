import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { HOUSEHOLD_ROLES } from '@/core/index';
import { SelectField, TextField } from '@/components/form/fields';
import { HOUSEHOLD_CHOICES, type ClientFormValues } from './client-form-values';
import { RadioChoice } from './radio-choice';
import type { HouseholdSummary } from './use-households';

interface HouseholdFieldsProps {
  households: HouseholdSummary[];
  /** The client being edited: not listed among the members of their own household. */
  clientId?: string;
}

/** No household, joining one on this device (shown with its members' names), or founding one. */
export function HouseholdFields({ households, clientId }: HouseholdFieldsProps) {
  const { t } = useTranslation('clients');
  const { control } = useFormContext<ClientFormValues>();
  const [choice, householdId] = useWatch({ control, name: ['householdChoice', 'householdId'] });
  const options = households.map((h) => {
    const names = h.members.filter((m) => m.clientId !== clientId).map((m) => m.name);
    return {
      value: h.id,
      label: t('householdOption', {
        name: h.name,
        members: names.length ? names.join(', ') : t('householdNoMembers'),
      }),
    };
  });
  // With partial sync, a client's household can belong to a case that is not on this device.
  if (householdId && !households.some((h) => h.id === householdId))
    options.push({ value: householdId, label: t('householdElsewhere') });
  return (
    <fieldset className="client-section">
      <legend>{t('sections.household')}</legend>
      <RadioChoice
        name="householdChoice"
        label={t('fields.householdChoice')}
        options={HOUSEHOLD_CHOICES.map((c) => ({ value: c, label: t(`householdChoice.${c}`) }))}
      />
      {choice === 'join' && options.length === 0 && <p className="muted">{t('noHouseholds')}</p>}
      <div className="form-grid">
        {choice === 'join' && (
          <SelectField
            name="householdId"
            label={t('fields.householdId')}
            options={options}
            emptyLabel={t('householdPick')}
          />
        )}
        {choice === 'new' && (
          <TextField
            name="newHouseholdName"
            label={t('fields.newHouseholdName')}
            hint={t('hints.newHouseholdName')}
          />
        )}
        {choice !== 'none' && (
          <SelectField
            name="householdRole"
            label={t('fields.householdRole')}
            options={HOUSEHOLD_ROLES.map((r) => ({ value: r, label: t(`householdRole.${r}`) }))}
            emptyLabel={t('common:none')}
          />
        )}
      </div>
    </fieldset>
  );
}
