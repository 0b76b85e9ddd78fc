import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REFERRAL_STATUSES, type LifeAreaFields } from '@/core/index';
import { labelText } from '@/components/label-text';
import type { Row } from '@/db/records/row';
import { updateRecord } from '@/db/records/write-records';
import { formatDate } from '@/components/format-date';

interface ReferralItemProps {
  referral: Row<'referrals'>;
  partnerName: string | undefined;
  lifeAreas: LifeAreaFields[];
}

type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** One referral: to whom, when, for what; its status can be changed right here. */
export function ReferralItem({ referral, partnerName, lifeAreas }: ReferralItemProps) {
  const { t, i18n } = useTranslation('referrals');
  const statusId = useId();
  const [failed, setFailed] = useState(false);
  const area = lifeAreas.find((a) => a.key === referral.lifeAreaKey);

  async function changeStatus(status: ReferralStatus) {
    const result = await updateRecord('referrals', referral.id, { status });
    setFailed(!result.ok);
  }

  return (
    <li className="list-item referral-item">
      <div>
        <p>
          <strong>{partnerName ?? t('list.unknownPartner')}</strong>
        </p>
        <p className="muted">
          {formatDate(referral.date)}
          {area && ` · ${labelText(area.label, i18n.language)}`}
        </p>
        {referral.note && <p className="referral-note">{referral.note}</p>}
      </div>
      <div className="field">
        <label htmlFor={statusId}>{t('list.changeStatus')}</label>
        <select
          id={statusId}
          value={referral.status}
          onChange={(event) => void changeStatus(event.target.value as ReferralStatus)}
        >
          {REFERRAL_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`statuses.${status}`)}
            </option>
          ))}
        </select>
        {failed && (
          <small className="field-error" role="alert">
            {t('list.statusFailed')}
          </small>
        )}
      </div>
    </li>
  );
}
