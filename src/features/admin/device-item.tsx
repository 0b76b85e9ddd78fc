import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminDevice, DeviceStatus } from '@/core/index';
import { DeviceRevokePanel } from './device-revoke-panel';
import { formatDateTime } from './format-time';

const STATUS_BADGE: Record<DeviceStatus, string> = {
  active: 'badge badge-success',
  expired: 'badge',
  revoked: 'badge badge-warning',
  ended: 'badge',
};

/** Sessions that still hold a token the device may use: a lost tablet's expired session is revoked too. */
const REVOCABLE: DeviceStatus[] = ['active', 'expired'];

/** One device session: whose, which device, since when, last contact, and its status. */
export function DeviceItem({
  device,
  onChanged,
}: {
  device: AdminDevice;
  onChanged: (device: AdminDevice) => void;
}) {
  const { t } = useTranslation('admin');
  const [confirming, setConfirming] = useState(false);
  const headingId = `admin-device-${device.sessionId}`;

  return (
    <li className="list-item admin-item" aria-labelledby={headingId}>
      <div className="admin-item-head">
        <h3 id={headingId}>{device.deviceName}</h3>
        <span className={STATUS_BADGE[device.status]}>{t(`devices.status.${device.status}`)}</span>
      </div>
      <dl className="admin-facts">
        <dt>{t('devices.user')}</dt>
        <dd>
          {device.user.displayName} ({t(`roles.${device.user.role}`)}, {device.user.email})
        </dd>
        <dt>{t('devices.createdAt')}</dt>
        <dd>{formatDateTime(device.createdAt)}</dd>
        <dt>{t('devices.lastSeenAt')}</dt>
        <dd>{formatDateTime(device.lastSeenAt)}</dd>
        {device.revokedAt && (
          <>
            <dt>{t('devices.revokedAt')}</dt>
            <dd>{formatDateTime(device.revokedAt)}</dd>
          </>
        )}
      </dl>
      {confirming ? (
        <DeviceRevokePanel
          device={device}
          onDone={(revoked) => {
            onChanged(revoked);
            setConfirming(false);
          }}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        REVOCABLE.includes(device.status) && (
          <button type="button" className="button-danger" onClick={() => setConfirming(true)}>
            {t('devices.revoke.open')}
            <span className="visually-hidden">: {device.deviceName}</span>
          </button>
        )
      )}
    </li>
  );
}
