import { unlockedUserId } from './auth-store';
import { checkDevice, isCheckingDevice } from './check-device';

/**
 * Hears every 401 of every API call (onAuthFailure). It does not know whose
 * token the failing request carried: a person may have locked and another
 * unlocked meanwhile. So it never wipes on its own; it asks the server about
 * the session open now (checkDevice), and that answer decides.
 */
export function handleAuthFailure(): void {
  if (!unlockedUserId() || isCheckingDevice()) return;
  void checkDevice();
}
