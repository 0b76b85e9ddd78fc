import { onAuthFailure } from '@/sync/api-client';
import { checkDevice } from './check-device';
import { handleAuthFailure } from './handle-auth-failure';

/** While unlocked and online, the device asks the server about its session this often. */
export const DEVICE_CHECK_EVERY_MS = 5 * 60_000;

/**
 * Keeps in touch with the server while a person works: right away, whenever
 * the browser comes online, every five minutes while online, and whenever
 * any API call hears a 401. That is how a revoked tablet learns it must delete
 * its data. Answers the function that stops it.
 */
export function startDeviceContact(): () => void {
  const check = () => void checkDevice();
  check();
  window.addEventListener('online', check);
  const timer = setInterval(() => {
    if (navigator.onLine) check();
  }, DEVICE_CHECK_EVERY_MS);
  const stopListening = onAuthFailure(handleAuthFailure);
  return () => {
    window.removeEventListener('online', check);
    clearInterval(timer);
    stopListening();
  };
}
