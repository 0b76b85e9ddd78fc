import { onAuthFailure } from '@/sync/api-client';
import { checkDevice } from './check-device';
import { handleAuthFailure } from './handle-auth-failure';

/** While unlocked and online, the device asks the server about its session this often. */
export const DEVICE_CHECK_EVERY_MS = 5 * 60_000;
/**
 * Coming online starts a sync (sync-scheduler.ts), whose request is checked
 * just the same: its 401 reaches handleAuthFailure, so a revoked device learns
 * it at once. The device check follows a little later instead of competing
 * with the sync for the server and the database.
 */
export const CHECK_AFTER_ONLINE_MS = 3_000;

/**
 * Keeps in touch with the server while a person works: right away, soon after
 * the browser comes online, every five minutes while online, and whenever
 * any API call hears a 401. That is how a revoked tablet learns it must delete
 * its data. Answers the function that stops it.
 */
export function startDeviceContact(): () => void {
  const check = () => void checkDevice();
  check();
  let afterOnline: ReturnType<typeof setTimeout> | undefined;
  const checkSoon = () => {
    clearTimeout(afterOnline);
    afterOnline = setTimeout(check, CHECK_AFTER_ONLINE_MS);
  };
  window.addEventListener('online', checkSoon);
  const timer = setInterval(() => {
    if (navigator.onLine) check();
  }, DEVICE_CHECK_EVERY_MS);
  const stopListening = onAuthFailure(handleAuthFailure);
  return () => {
    window.removeEventListener('online', checkSoon);
    clearTimeout(afterOnline);
    clearInterval(timer);
    stopListening();
  };
}
