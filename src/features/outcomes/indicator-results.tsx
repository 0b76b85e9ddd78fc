import { useTranslation } from 'react-i18next';
import {
  evaluateIndicator,
  today,
  type IndicatorDefinitionFields,
  type OutcomeFields,
} from '@/core/index';
import { labelText } from '@/components/label-text';

interface IndicatorResultsProps {
  definitions: readonly IndicatorDefinitionFields[];
  outcome: OutcomeFields;
}

/** Each indicator as it stands today, with the checklist of its criteria. */
export function IndicatorResults({ definitions, outcome }: IndicatorResultsProps) {
  const { t, i18n } = useTranslation('outcomes');
  const day = today();
  return (
    <div className="indicator-results">
      {definitions.map((definition) => {
        const result = evaluateIndicator(definition, outcome, day);
        const total = result.criteria.length;
        const label = labelText(definition.label, i18n.language);
        return (
          <section
            key={definition.key}
            className={result.met ? 'card indicator indicator-met' : 'card indicator'}
            aria-label={label}
          >
            <h3>
              {t('results.summary', {
                label,
                state: t(result.met ? 'results.met' : 'results.notMet'),
                metCount: result.metCount,
                total,
              })}
            </h3>
            <p className="muted">{t('results.rule', { required: result.required, total })}</p>
            <ul className="criteria" aria-label={t('results.criteria')}>
              {result.criteria.map((criterion) => (
                <li key={criterion.key} className={criterion.met ? 'criterion-met' : 'criterion'}>
                  <span aria-hidden="true">{criterion.met ? '✓' : '✗'}</span>{' '}
                  {labelText(criterion.label, i18n.language)} –{' '}
                  {t(criterion.met ? 'results.criterionMet' : 'results.criterionNotMet')}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
