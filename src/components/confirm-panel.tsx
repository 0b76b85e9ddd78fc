import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './confirm-panel.css';

interface ConfirmPanelProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** A change with consequences that cannot be taken back (revoking, disabling, discarding). */
  danger?: boolean;
  busy?: boolean;
  /** Why the last try failed, shown above the buttons. */
  failure?: ReactNode;
  /** `inline` sits beside what it concerns; `card` stands on its own (logout, removing an account). */
  variant?: 'inline' | 'card';
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asks once more before a change that cannot simply be undone. Focus moves to
 * it, so that a screen reader reads the consequences before the buttons.
 */
export function ConfirmPanel({
  title,
  children,
  confirmLabel,
  danger = false,
  busy = false,
  failure,
  variant = 'inline',
  onConfirm,
  onCancel,
}: ConfirmPanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => panel.current?.focus(), []);
  return (
    <div
      ref={panel}
      tabIndex={-1}
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      className={
        variant === 'card'
          ? 'confirm-panel confirm-panel-card card'
          : 'confirm-panel confirm-panel-inline'
      }
    >
      <p id={`${id}-title`} className="confirm-title">
        {title}
      </p>
      <div id={`${id}-body`}>{children}</div>
      {failure}
      <div className="form-actions">
        <button
          type="button"
          className={danger ? 'button-danger' : undefined}
          onClick={onConfirm}
          disabled={busy}
          aria-busy={busy}
        >
          {busy ? t('common:actions.sending') : confirmLabel}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel} disabled={busy}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </div>
  );
}
