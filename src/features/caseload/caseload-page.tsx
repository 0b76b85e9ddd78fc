import { useTranslation } from 'react-i18next';
import { useCaseFileCount } from './use-case-file-count';

export default function CaseloadPage() {
  const { t } = useTranslation('caseload');
  const count = useCaseFileCount();
  return (
    <div className="page">
      <h1>{t('title')}</h1>
      {count === 0 && <p className="empty-state">{t('empty')}</p>}
      {count !== undefined && count > 0 && <p>{t('count', { count })}</p>}
    </div>
  );
}
