import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { IndicatorResults } from './indicator-results';
import { OutcomeForm } from './outcome-form';
import { useIndicatorDefinitions } from './use-indicator-definitions';
import { useOutcome } from './use-outcome';
import './outcomes.css';

/**
 * The client's outcome record and, above it, the indicators computed from it
 * today; both read the live record, so the indicators follow every save.
 */
export function OutcomePanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation('outcomes');
  const headingId = useId();
  const outcome = useOutcome(caseId);
  const definitions = useIndicatorDefinitions();
  if (outcome === undefined || definitions === undefined) return null;
  if (outcome === null) return <p className="empty-state">{t('missing')}</p>;
  return (
    <section className="page outcome-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('heading')}</h2>
      <IndicatorResults definitions={definitions} outcome={outcome} />
      <OutcomeForm key={outcome.id} outcome={outcome} />
    </section>
  );
}
