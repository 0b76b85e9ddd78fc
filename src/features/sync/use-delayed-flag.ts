import { useEffect, useState } from 'react';

/**
 * True once `on` has stayed true for `delayMs`. A sync every minute mostly
 * takes a moment: showing "syncing" for that would make the header flicker.
 */
export function useDelayedFlag(on: boolean, delayMs: number): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!on) return;
    const timer = setTimeout(() => setShown(true), delayMs);
    return () => {
      clearTimeout(timer);
      setShown(false);
    };
  }, [on, delayMs]);
  return on && shown;
}
