import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiFailure } from '@/sync/api-client';
import { ActionFailure } from '@/components/server/server-failure';

interface ConfirmPanelProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** A change with consequences that cannot be taken back (revoking, disabling). */
  danger?: boolean;
  busy: boolean;
  failure: ApiFailure | undefined;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asks once more before a change that cannot simply be undone (revoking a
 * device, disabling an account). Shown in place, beside what it concerns;
 * focus moves to it so that a screen reader reads the consequences first.
 */
export function ConfirmPanel(props: ConfirmPanelProps) {
  const { t } = useTranslation('admin');
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
      className="confirm-panel"
    >
      <p id={`${id}-title`} className="confirm-title">
        {props.title}
      </p>
      <div id={`${id}-body`}>{props.children}</div>
      <ActionFailure failure={props.failure} />
      <div className="form-actions">
        <button
          type="button"
          className={props.danger ? 'button-danger' : undefined}
          onClick={props.onConfirm}
          disabled={props.busy}
          aria-busy={props.busy}
        >
          {props.busy ? t('sending') : props.confirmLabel}
        </button>
        <button type="button" className="button-secondary" onClick={props.onCancel}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </div>
  );
}
