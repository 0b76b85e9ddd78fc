import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Role } from '@/core/index';
import { useSessionStore } from '@/sync/session-store';
import { AdminTabs, panelId, tabId, type AdminTab } from './admin-tabs';
import { AssignmentsSection } from './assignments-section';
import { AuditSection } from './audit-section';
import { DevicesSection } from './devices-section';
import { UsersSection } from './users-section';
import './admin.css';

const SECTIONS: Record<AdminTab, () => React.JSX.Element> = {
  users: UsersSection,
  devices: DevicesSection,
  assignments: AssignmentsSection,
  audit: AuditSection,
};

/**
 * Administration of the organisation: accounts and roles, devices, case
 * assignments and the audit log. Online only: every section reads the server
 * afresh and keeps nothing on the device.
 */
export default function AdminPage() {
  const { t } = useTranslation('admin');
  const role = useSessionStore((s) => s.user?.role);
  const [tab, setTab] = useState<AdminTab>('users');
  const Section = SECTIONS[tab];

  return (
    <div className="page">
      <h1>{t('title')}</h1>
      {role !== undefined && role !== Role.admin ? (
        // The server would refuse too; saying so at once also works offline.
        <p className="alert alert-error" role="alert">
          {t('common:server.failure.forbidden')}
        </p>
      ) : (
        <>
          <AdminTabs current={tab} onSelect={setTab} />
          <div role="tabpanel" id={panelId(tab)} aria-labelledby={tabId(tab)}>
            <Section />
          </div>
        </>
      )}
    </div>
  );
}
