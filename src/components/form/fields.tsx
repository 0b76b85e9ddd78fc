import { useId, type ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { issueText } from './issue-text';

interface FieldShellProps {
  name: string;
  label: string;
  hint?: string;
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
}

/** Label, input and the reason a value was refused, right beside the field. */
function FieldShell({ name, label, hint, children }: FieldShellProps) {
  const { t } = useTranslation(['common', 'validation']);
  const { formState, getFieldState } = useFormContext();
  const { error } = getFieldState(name, formState);
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children({ id, describedBy, invalid: Boolean(error) })}
      {hint && (
        <small id={hintId} className="field-hint">
          {hint}
        </small>
      )}
      {error && (
        <small id={errorId} className="field-error" role="alert">
          {issueText(t, error.message)}
        </small>
      )}
    </div>
  );
}

interface InputProps {
  name: string;
  label: string;
  hint?: string;
}

export function TextField({
  name,
  label,
  hint,
  type = 'text',
  ...rest
}: InputProps & {
  type?: 'text' | 'email' | 'tel' | 'date' | 'number';
  autoComplete?: string;
  lang?: string;
  dir?: string;
}) {
  const { register } = useFormContext();
  return (
    <FieldShell name={name} label={label} hint={hint}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type={type}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          {...rest}
          {...register(name)}
        />
      )}
    </FieldShell>
  );
}

export function TextArea({
  name,
  label,
  hint,
  rows = 4,
  lang,
  dir,
}: InputProps & { rows?: number; lang?: string; dir?: string }) {
  const { register } = useFormContext();
  return (
    <FieldShell name={name} label={label} hint={hint}>
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id}
          rows={rows}
          lang={lang}
          dir={dir}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          {...register(name)}
        />
      )}
    </FieldShell>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField({
  name,
  label,
  hint,
  options,
  emptyLabel,
}: InputProps & { options: Option[]; emptyLabel?: string }) {
  const { register } = useFormContext();
  return (
    <FieldShell name={name} label={label} hint={hint}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          {...register(name, { setValueAs: (v: string) => (v === '' ? undefined : v) })}
        >
          {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

/** Several choices as checkboxes; the field's value is the array of checked values. */
export function CheckboxGroup({ name, label, options }: InputProps & { options: Option[] }) {
  const { register, formState, getFieldState } = useFormContext();
  const { t } = useTranslation(['common', 'validation']);
  const { error } = getFieldState(name, formState);
  return (
    <fieldset className={error ? 'field field-invalid checkbox-group' : 'field checkbox-group'}>
      <legend>{label}</legend>
      {options.map((o) => (
        <label key={o.value} className="checkbox">
          <input type="checkbox" value={o.value} {...register(name)} />
          {o.label}
        </label>
      ))}
      {error && (
        <small className="field-error" role="alert">
          {issueText(t, error.message)}
        </small>
      )}
    </fieldset>
  );
}

export function Checkbox({ name, label }: InputProps) {
  const { register } = useFormContext();
  return (
    <label className="checkbox">
      <input type="checkbox" {...register(name)} />
      {label}
    </label>
  );
}

/**
 * The form-wide message: shown when a save was refused, so the manager looks
 * for the marked fields — or, when the refusal concerns the record as a whole
 * (no field to mark, such as a case that can no longer be changed), says why.
 */
export function FormErrorSummary() {
  const { t } = useTranslation(['common', 'validation']);
  const { formState } = useFormContext();
  const count = Object.keys(formState.errors).length;
  if (!count || formState.isSubmitting || !formState.isSubmitted) return null;
  const whole = formState.errors.root?.message;
  return (
    <p role="alert" className="alert alert-error">
      {whole ? issueText(t, whole) : t('validation:formHasErrors')}
    </p>
  );
}
