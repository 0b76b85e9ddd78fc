import { useLiveQuery } from 'dexie-react-hooks';
import { listDeviceAccounts, readDeviceAccount } from '@/db/device/device-accounts';
import type { DeviceAccount } from '@/db/device/device-database';

/** The people set up on this device, live; undefined while loading. */
export function useDeviceAccounts(): DeviceAccount[] | undefined {
  return useLiveQuery(() => listDeviceAccounts(), []);
}

/** One person's entry, live; null when there is none. */
export function useDeviceAccount(userId: string | undefined): DeviceAccount | null | undefined {
  return useLiveQuery(
    async () => (userId ? ((await readDeviceAccount(userId)) ?? null) : null),
    [userId],
  );
}
