import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useCaseFile } from '@/db/queries/use-case-file';
import { useLifeAreas } from '@/db/queries/use-life-areas';
import { usePartners } from '@/db/queries/use-partners';
import { ReferralForm } from './referral-form';
import { ReferralItem } from './referral-item';
import { useCaseReferrals } from './use-case-referrals';
import './referrals.css';

/** The case's referrals to partners: add one, see all, change their status. */
export function ReferralList({ caseId }: { caseId: string }) {
  const { t } = useTranslation('referrals');
  const found = useCaseFile(caseId);
  const partners = usePartners();
  const referrals = useCaseReferrals(caseId);
  const lifeAreas = useLifeAreas();
  const [formRound, setFormRound] = useState(0);
  const partnerNames = new Map(partners?.map((p) => [p.id, p.name]));

  return (
    <div className="page">
      <section aria-labelledby="referral-form-heading" className="card referrals-form-card">
        <h2 id="referral-form-heading">{t('form.heading')}</h2>
        {formRound > 0 && (
          <p role="status" className="alert alert-info">
            {t('form.saved')}
          </p>
        )}
        {partners?.length === 0 && (
          <p className="alert alert-info">
            {t('form.noPartners')} <Link href="/partners">{t('form.toPartners')}</Link>
          </p>
        )}
        {found && partners && partners.length > 0 && (
          <ReferralForm
            key={formRound}
            caseId={caseId}
            clientId={found.caseFile.clientId}
            partners={partners}
            onSaved={() => setFormRound((round) => round + 1)}
          />
        )}
      </section>
      <section aria-labelledby="referral-list-heading" className="referral-list">
        <h2 id="referral-list-heading">{t('list.heading')}</h2>
        {referrals?.length === 0 && <p className="empty-state">{t('list.empty')}</p>}
        {referrals && referrals.length > 0 && (
          <ul className="list">
            {referrals.map((referral) => (
              <ReferralItem
                key={referral.id}
                referral={referral}
                partnerName={partnerNames.get(referral.partnerId)}
                lifeAreas={lifeAreas}
              />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
