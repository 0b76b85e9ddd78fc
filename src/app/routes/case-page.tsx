import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { markCaseOpened } from '@/db/recent-cases';
import { useCaseFile } from '@/db/queries/use-case-file';
import { CaseHeader } from '@/features/cases/case-header';
import { CaseTimeline } from '@/features/contacts/case-timeline';
import { ContactLog } from '@/features/contacts/contact-log';
import { OutcomePanel } from '@/features/outcomes/outcome-panel';
import { PlanView } from '@/features/plans/plan-view';
import { PrivacyPanel } from '@/features/privacy/privacy-panel';
import { ReferralList } from '@/features/referrals/referral-list';
import { ConflictInbox } from '@/features/sync/conflict-inbox';

const TABS = ['plan', 'contacts', 'outcomes', 'referrals', 'timeline', 'privacy'] as const;
type Tab = (typeof TABS)[number];

/** One case: its header, and the plan, contacts, outcomes, referrals and history as tabs. */
export default function CasePage() {
  const { t } = useTranslation();
  const params = useParams<{ caseId: string; tab?: string }>();
  const caseId = params.caseId;
  const tab: Tab = TABS.includes(params.tab as Tab) ? (params.tab as Tab) : 'plan';
  const found = useCaseFile(caseId);

  useEffect(() => {
    if (found) void markCaseOpened(caseId);
  }, [caseId, found]);

  // The tabs start reading while the case itself is still being read: one round trip, not two.
  if (found === null)
    return (
      <div className="page">
        <h1>{t('caseMissing.title')}</h1>
        <Link href="/">{t('notFound.back')}</Link>
      </div>
    );

  return (
    <div className="page">
      <CaseHeader caseId={caseId} />
      <ConflictInbox caseId={caseId} />
      <nav className="tabs" aria-label={t('caseTabs.label')}>
        {TABS.map((name) => (
          <Link
            key={name}
            href={`/cases/${caseId}/${name}`}
            aria-current={name === tab ? 'page' : undefined}
            className={name === tab ? 'tab active' : 'tab'}
          >
            {t(`caseTabs.${name}`)}
          </Link>
        ))}
      </nav>
      <section aria-label={t(`caseTabs.${tab}`)}>
        {tab === 'plan' && <PlanView caseId={caseId} />}
        {tab === 'contacts' && <ContactLog caseId={caseId} />}
        {tab === 'outcomes' && <OutcomePanel caseId={caseId} />}
        {tab === 'referrals' && <ReferralList caseId={caseId} />}
        {tab === 'timeline' && <CaseTimeline caseId={caseId} />}
        {tab === 'privacy' && found && (
          <PrivacyPanel caseId={caseId} clientId={found.caseFile.clientId} />
        )}
      </section>
    </div>
  );
}
