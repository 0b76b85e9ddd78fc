import { listDeviceAccounts } from '@/db/device/device-accounts';
import { useAuthStore } from './auth-store';

/** The first screen: unlock when someone has set up this device, else the online login. */
export async function startAuth(): Promise<void> {
  const accounts = await listDeviceAccounts();
  const { screen, show } = useAuthStore.getState();
  if (screen.name !== 'starting') return;
  show(accounts.length > 0 ? { name: 'unlock' } : { name: 'login' });
}
