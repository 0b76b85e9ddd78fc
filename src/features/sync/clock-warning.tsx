import { useTranslation } from 'react-i18next';
import { clockIsOff } from './sync-headline';

/** Says how far off the device's clock is (server minus device), when that is too far. */
export function ClockWarning({ clockOffsetMs }: { clockOffsetMs: number }) {
  const { t } = useTranslation('sync');
  if (!clockIsOff(clockOffsetMs)) return null;
  const count = Math.round(Math.abs(clockOffsetMs) / 60_000);
  // A positive offset means the server is ahead, so the device's clock is behind.
  const off = clockOffsetMs > 0 ? t('clock.behind', { count }) : t('clock.ahead', { count });
  return (
    <div className="alert alert-warning" role="note">
      <p>
        <strong>{t('clock.title')}</strong>
      </p>
      <p>
        {off} {t('clock.fix')}
      </p>
    </div>
  );
}
