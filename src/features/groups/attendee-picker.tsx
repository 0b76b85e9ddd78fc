import { useId, useState } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { issueText } from '@/components/form/issue-text';
import { matchCases } from './match-cases';
import type { OpenCase } from './use-open-cases';

interface AttendeePickerProps {
  name: string;
  cases: OpenCase[];
}

/**
 * Attendees as a searchable checkbox list of the open cases. The search only
 * narrows what is shown: people already chosen stay visible and chosen.
 */
export function AttendeePicker({ name, cases }: AttendeePickerProps) {
  const { t } = useTranslation('groups');
  const { control } = useFormContext();
  const { field, fieldState } = useController({ name, control });
  const chosen = (field.value as string[] | undefined) ?? [];
  const [query, setQuery] = useState('');
  const searchId = useId();
  const error = fieldState.error;
  const matching = new Set(matchCases(cases, query).map((c) => c.caseId));
  const shown = cases.filter((c) => matching.has(c.caseId) || chosen.includes(c.caseId));

  function toggle(caseId: string, checked: boolean) {
    field.onChange(checked ? [...chosen, caseId] : chosen.filter((id) => id !== caseId));
  }

  return (
    <fieldset className={error ? 'field field-invalid attendee-picker' : 'field attendee-picker'}>
      <legend>{t('fields.attendees')}</legend>
      {cases.length === 0 ? (
        <p className="muted">{t('attendees.noCases')}</p>
      ) : (
        <>
          <label htmlFor={searchId}>{t('attendees.search')}</label>
          <input
            id={searchId}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
          <p className="muted" aria-live="polite">
            {t('attendees.selected', { count: chosen.length })}
          </p>
          {shown.length === 0 && <p className="muted">{t('attendees.noMatch')}</p>}
          <ul className="attendee-options">
            {shown.map((c) => (
              <li key={c.caseId}>
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={chosen.includes(c.caseId)}
                    onChange={(event) => toggle(c.caseId, event.target.checked)}
                    onBlur={field.onBlur}
                  />
                  {c.clientName ?? t('attendees.unknownClient')}{' '}
                  <span className="muted">({c.caseNumber})</span>
                </label>
              </li>
            ))}
          </ul>
        </>
      )}
      {error && (
        <small className="field-error" role="alert">
          {issueText(t, error.message)}
        </small>
      )}
    </fieldset>
  );
}
