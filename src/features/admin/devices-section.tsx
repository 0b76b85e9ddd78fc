import { useTranslation } from 'react-i18next';
import { adminDevicesResponseSchema, type AdminDevice } from '@/core/index';
import { DeviceItem } from './device-item';
import { LoadFailure, Loading } from '@/components/server/server-failure';
import { useServerData } from '@/components/server/use-server-data';

/** The organisation's device sessions, newest first, with their last contact; a lost tablet is revoked here. */
export function DevicesSection() {
  const { t } = useTranslation('admin');
  const { result, reload, update } = useServerData('/v1/admin/devices', adminDevicesResponseSchema);
  const changed = (device: AdminDevice) =>
    update((data) => ({
      devices: data.devices.map((d) => (d.sessionId === device.sessionId ? device : d)),
    }));

  return (
    <section aria-labelledby="admin-devices-heading" className="page">
      <h2 id="admin-devices-heading">{t('devices.heading')}</h2>
      <p className="muted">{t('devices.intro')}</p>
      {result.state === 'loading' && <Loading />}
      {result.state === 'failed' && <LoadFailure failure={result.failure} onRetry={reload} />}
      {result.state === 'loaded' &&
        (result.data.devices.length === 0 ? (
          <p className="empty-state">{t('devices.empty')}</p>
        ) : (
          <ul className="list">
            {result.data.devices.map((device) => (
              <DeviceItem key={device.sessionId} device={device} onChanged={changed} />
            ))}
          </ul>
        ))}
    </section>
  );
}
