import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { BARRIER_KEYS, GOAL_PRIORITIES, GOAL_STATUSES, textDirection } from '@/core/index';
import { CheckboxGroup, SelectField, TextArea, TextField } from '@/components/form/fields';
import { labelText } from '@/components/label-text';
import { useLifeAreas } from '@/db/queries/use-life-areas';
import { useClientLanguageOptions } from './use-client-language-options';
import { useEnumOptions } from './use-enum-options';

/** The inputs of a goal; `currentAreaKey` keeps a goal's area selectable after it was switched off. */
export function GoalFormFields({ currentAreaKey }: { currentAreaKey?: string }) {
  const { t, i18n } = useTranslation('plans');
  const clientLanguage = useWatch({ name: 'clientLanguage' }) as string | undefined;
  const languageOptions = useClientLanguageOptions();
  const priorityOptions = useEnumOptions('priorities', GOAL_PRIORITIES);
  const statusOptions = useEnumOptions('statuses', GOAL_STATUSES);
  const barrierOptions = useEnumOptions('barriers', BARRIER_KEYS);
  const areas = useLifeAreas().map((a) => ({
    value: a.key,
    label: labelText(a.label, i18n.language),
  }));
  if (currentAreaKey && !areas.some((a) => a.value === currentAreaKey))
    areas.push({ value: currentAreaKey, label: currentAreaKey });
  return (
    <>
      <SelectField
        name="lifeAreaKey"
        label={t('goal.lifeArea')}
        emptyLabel={t('goals.chooseLifeArea')}
        options={areas}
      />
      <TextArea name="text" rows={2} label={t('goal.text')} />
      <div className="form-grid">
        <SelectField
          name="clientLanguage"
          label={t('goal.clientLanguage')}
          emptyLabel={t('goal.noClientLanguage')}
          options={languageOptions}
        />
      </div>
      <TextArea
        name="clientText"
        rows={2}
        label={t('goal.clientText')}
        lang={clientLanguage}
        dir={clientLanguage ? textDirection(clientLanguage) : undefined}
      />
      <div className="form-grid">
        <TextField name="targetDate" type="date" label={t('goal.targetDate')} />
        <SelectField name="priority" label={t('goal.priority')} options={priorityOptions} />
        <SelectField name="status" label={t('goal.status')} options={statusOptions} />
      </div>
      <CheckboxGroup name="barriers" label={t('goal.barriers')} options={barrierOptions} />
    </>
  );
}
