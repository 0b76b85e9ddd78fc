import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface InlineConfirmProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asks once more, in place, before something that cannot be taken back.
 * Focus moves to it so that a screen reader reads the consequence first.
 */
export function InlineConfirm(props: InlineConfirmProps) {
  const { t } = useTranslation('sync');
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
      className="sync-confirm"
    >
      <p id={`${id}-title`} className="sync-confirm-title">
        {props.title}
      </p>
      <div id={`${id}-body`}>{props.children}</div>
      <div className="form-actions">
        <button
          type="button"
          className="button-danger"
          onClick={props.onConfirm}
          disabled={props.busy}
          aria-busy={props.busy}
        >
          {props.confirmLabel}
        </button>
        <button type="button" className="button-secondary" onClick={props.onCancel}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </div>
  );
}
