import { useTranslation } from 'react-i18next';
import { adminDeviceResponseSchema, type AdminDevice } from '@/core/index';
import { apiRequest } from '@/sync/api-client';
import { ConfirmPanel } from '@/components/confirm-panel';
import { ActionFailure } from '@/components/server/server-failure';
import { useServerAction } from './use-server-action';

interface DeviceRevokePanelProps {
  device: AdminDevice;
  onDone: (device: AdminDevice) => void;
  onCancel: () => void;
}

/** Revokes a device session after saying what that means for the data still on the device. */
export function DeviceRevokePanel({ device, onDone, onCancel }: DeviceRevokePanelProps) {
  const { t } = useTranslation('admin');
  const action = useServerAction();

  async function confirm() {
    const answer = await action.run(() =>
      apiRequest(
        `/v1/admin/devices/${encodeURIComponent(device.sessionId)}/revoke`,
        adminDeviceResponseSchema,
        { method: 'POST' },
      ),
    );
    if (answer) onDone(answer.device);
  }

  return (
    <ConfirmPanel
      title={t('devices.revoke.title', {
        device: device.deviceName,
        name: device.user.displayName,
      })}
      confirmLabel={t('devices.revoke.confirm')}
      danger
      busy={action.busy}
      failure={<ActionFailure failure={action.failure} />}
      onConfirm={() => void confirm()}
      onCancel={onCancel}
    >
      <p>{t('devices.revoke.body')}</p>
      <p>{t('devices.revoke.after', { name: device.user.displayName })}</p>
    </ConfirmPanel>
  );
}
