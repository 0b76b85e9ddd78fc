import { useEffect } from 'react';
import { loadAuthServices } from './load-auth-services';

/**
 * Runs startDeviceContact (device-contact.ts) while mounted. Loaded on
 * demand: the API client and its schemas are not needed to show the first rows.
 */
export function useDeviceContact(): void {
  useEffect(() => {
    let stop: (() => void) | undefined;
    let active = true;
    void loadAuthServices().then(({ startDeviceContact }) => {
      if (active) stop = startDeviceContact();
    });
    return () => {
      active = false;
      stop?.();
    };
  }, []);
}
