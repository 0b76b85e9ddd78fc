import { useTranslation } from 'react-i18next';

/** Tells the manager that the form shows unsaved input from before, and offers to drop it. */
export function DraftNotice({ restored, onDiscard }: { restored: boolean; onDiscard: () => void }) {
  const { t } = useTranslation();
  if (!restored) return null;
  return (
    <div className="alert alert-info draft-notice" role="status">
      <span>{t('common:draftRestored')}</span>
      <button type="button" className="button-secondary" onClick={onDiscard}>
        {t('common:actions.discardDraft')}
      </button>
    </div>
  );
}
