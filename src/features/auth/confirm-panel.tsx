import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmPanelProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asks once more before logging out or deleting. Focus moves to it, so that a
 * screen reader reads the consequences before the buttons.
 */
export function ConfirmPanel({
  title,
  children,
  confirmLabel,
  busy,
  onConfirm,
  onCancel,
}: ConfirmPanelProps) {
  const { t } = useTranslation('auth');
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
      className="auth-confirm card"
    >
      <p id={`${id}-title`} className="auth-confirm-title">
        {title}
      </p>
      <div id={`${id}-body`}>{children}</div>
      <div className="form-actions">
        <button type="button" onClick={onConfirm} disabled={busy} aria-busy={busy}>
          {busy ? t('sending') : confirmLabel}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel} disabled={busy}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </div>
  );
}
