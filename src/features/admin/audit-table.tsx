import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '@/core/index';
import { auditActionText, auditNote, auditTarget } from './audit-text';
import { formatDateTime } from './format-time';

/** Audit entries as a table: time, who, action, target. */
export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const { t } = useTranslation('admin');
  return (
    <div className="admin-table-scroll">
      <table className="admin-table">
        <caption className="visually-hidden">{t('audit.heading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.columns.at')}</th>
            <th scope="col">{t('audit.columns.actor')}</th>
            <th scope="col">{t('audit.columns.action')}</th>
            <th scope="col">{t('audit.columns.target')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const note = auditNote(t, entry);
            return (
              <tr key={entry.seq}>
                <td>{formatDateTime(entry.at, true)}</td>
                <td>{entry.actor?.displayName ?? t('audit.unknownActor')}</td>
                <td>{auditActionText(t, entry.action)}</td>
                <td className="admin-target">
                  {auditTarget(t, entry)}
                  {note && <small className="muted"> {note}</small>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
