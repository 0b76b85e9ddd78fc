import { useTranslation } from 'react-i18next';
import {
  CONTRACT_TYPES,
  GERMAN_LEVELS,
  HEALTH_SITUATIONS,
  JOB_FITS,
  OCCUPATION_TYPES,
} from '@/core/index';
import { Checkbox, SelectField, TextField } from '@/components/form/fields';
import { useOutcomeOptions } from './use-outcome-options';

/** The outcome's inputs in four groups: German, occupation, housing, further factors. */
export function OutcomeFormFields() {
  const { t } = useTranslation('outcomes');
  const occupations = useOutcomeOptions('occupationTypes', OCCUPATION_TYPES);
  const contracts = useOutcomeOptions('contractTypes', CONTRACT_TYPES);
  const health = useOutcomeOptions('healthSituations', HEALTH_SITUATIONS);
  const jobFits = useOutcomeOptions('jobFits', JOB_FITS);
  const notSpecified = t('form.notSpecified');
  return (
    <>
      <fieldset className="outcome-group">
        <legend>{t('form.german')}</legend>
        <div className="form-grid">
          <SelectField
            name="germanLevel"
            label={t('form.germanLevel')}
            emptyLabel={t('form.noLevel')}
            options={GERMAN_LEVELS.map((level) => ({ value: level, label: level }))}
          />
          <TextField name="germanLevelDate" type="date" label={t('form.germanLevelDate')} />
        </div>
        <Checkbox name="germanCertificate" label={t('form.germanCertificate')} />
      </fieldset>
      <fieldset className="outcome-group">
        <legend>{t('form.occupation')}</legend>
        <div className="form-grid">
          <SelectField
            name="occupationType"
            label={t('form.occupationType')}
            emptyLabel={t('form.noOccupation')}
            options={occupations}
          />
          <TextField name="occupationSince" type="date" label={t('form.occupationSince')} />
          <TextField
            name="occupationUntil"
            type="date"
            label={t('form.occupationUntil')}
            hint={t('form.occupationUntilHint')}
          />
          <SelectField
            name="contractType"
            label={t('form.contractType')}
            emptyLabel={notSpecified}
            options={contracts}
          />
          <TextField name="weeklyHours" type="number" label={t('form.weeklyHours')} />
        </div>
      </fieldset>
      <fieldset className="outcome-group">
        <legend>{t('form.housing')}</legend>
        <div className="form-grid">
          <TextField name="ownFlatSince" type="date" label={t('form.ownFlatSince')} />
        </div>
      </fieldset>
      <fieldset className="outcome-group">
        <legend>{t('form.softFactors')}</legend>
        <div className="form-grid">
          <SelectField
            name="healthSituation"
            label={t('form.healthSituation')}
            emptyLabel={notSpecified}
            options={health}
          />
          <SelectField
            name="jobFit"
            label={t('form.jobFit')}
            emptyLabel={notSpecified}
            options={jobFits}
          />
        </div>
      </fieldset>
    </>
  );
}
