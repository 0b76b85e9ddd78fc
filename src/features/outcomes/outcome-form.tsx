import { useId, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { OutcomeFields, OutcomeInput } from '@/core/index';
import { FormErrorSummary } from '@/components/form/fields';
import { useDraftForm } from '@/components/form/use-draft-form';
import { updateRecord } from '@/db/records/write-records';
import type { Row } from '@/db/records/row';
import { DraftNotice } from '@/components/form/draft-notice';
import { OUTCOME_FORM_FIELDS, outcomeFormSchema } from './outcome-form-schema';
import { OutcomeFormFields } from './outcome-form-fields';

type Optional<K extends keyof OutcomeFields> = OutcomeFields[K] | undefined;

export interface OutcomeFormValues {
  clientId: string;
  caseId: string;
  germanLevel: Optional<'germanLevel'>;
  germanCertificate: boolean;
  germanLevelDate: string;
  occupationType: Optional<'occupationType'>;
  occupationSince: string;
  occupationUntil: string;
  contractType: Optional<'contractType'>;
  weeklyHours: number | string;
  ownFlatSince: string;
  healthSituation: Optional<'healthSituation'>;
  jobFit: Optional<'jobFit'>;
}

function defaultsFor(outcome: Row<'indicators'>): OutcomeFormValues {
  return {
    clientId: outcome.clientId,
    caseId: outcome.caseId,
    germanLevel: outcome.germanLevel ?? undefined,
    germanCertificate: outcome.germanCertificate ?? false,
    germanLevelDate: outcome.germanLevelDate ?? '',
    occupationType: outcome.occupationType ?? undefined,
    occupationSince: outcome.occupationSince ?? '',
    occupationUntil: outcome.occupationUntil ?? '',
    contractType: outcome.contractType ?? undefined,
    weeklyHours: outcome.weeklyHours ?? '',
    ownFlatSince: outcome.ownFlatSince ?? '',
    healthSituation: outcome.healthSituation ?? undefined,
    jobFit: outcome.jobFit ?? undefined,
  };
}

/** The client's reached outcomes, saved into their one outcome record. */
export function OutcomeForm({ outcome }: { outcome: Row<'indicators'> }) {
  const { t } = useTranslation('outcomes');
  const headingId = useId();
  const [saved, setSaved] = useState(false);
  const { form, ready, restored, submit, discard } = useDraftForm<OutcomeFormValues>(
    `outcome:${outcome.id}`,
    outcomeFormSchema,
    defaultsFor(outcome),
  );
  if (!ready) return null;

  const onSubmit = submit(async (values) => {
    setSaved(false);
    const changes = Object.fromEntries(
      OUTCOME_FORM_FIELDS.map((name) => [name, values[name]]),
    ) as Partial<OutcomeInput>;
    const result = await updateRecord('indicators', outcome.id, changes);
    setSaved(result.ok);
    return result;
  });

  return (
    <FormProvider {...form}>
      <form
        className="form card outcome-form"
        aria-labelledby={headingId}
        noValidate
        onSubmit={onSubmit}
      >
        <h3 id={headingId}>{t('form.heading')}</h3>
        <DraftNotice restored={restored} onDiscard={() => void discard()} />
        <FormErrorSummary />
        <OutcomeFormFields />
        <div className="form-actions">
          <button type="submit">{t('common:actions.save')}</button>
        </div>
        <p role="status" className="muted">
          {saved ? t('common:saved') : ''}
        </p>
      </form>
    </FormProvider>
  );
}
