import { useEffect, useRef } from 'react';

export const DEFAULT_AUTO_LOCK_MINUTES = 10;
export const AUTO_LOCK_CHOICES = [2, 5, 10, 15, 30] as const;

/** Input that shows someone is at the tablet; scrolling by touch or wheel counts too. */
const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;
/** How often the idle time is checked; the lock comes at most this much after the limit. */
const CHECK_EVERY_MS = 10_000;

/**
 * Calls `onIdle` once no pointer or keyboard input has come for `timeoutMs`.
 * Measured against the clock rather than with one long timer, because
 * browsers stall timers in a hidden tab: coming back to the tablet after the
 * limit locks at once (checked again whenever the page becomes visible).
 */
export function useIdleLock(timeoutMs: number, onIdle: () => void): void {
  const idle = useRef(onIdle);
  // Kept across changes of the limit: choosing a shorter one must not restart the count.
  const lastInput = useRef<number>(undefined);
  useEffect(() => {
    idle.current = onIdle;
  }, [onIdle]);

  useEffect(() => {
    lastInput.current ??= Date.now();
    let fired = false;
    const seen = () => (lastInput.current = Date.now());
    const check = () => {
      if (fired || Date.now() - lastInput.current! < timeoutMs) return;
      fired = true;
      idle.current();
    };
    check();
    for (const name of ACTIVITY_EVENTS)
      window.addEventListener(name, seen, { capture: true, passive: true });
    document.addEventListener('visibilitychange', check);
    const timer = setInterval(check, Math.min(CHECK_EVERY_MS, timeoutMs));
    return () => {
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, seen, { capture: true });
      document.removeEventListener('visibilitychange', check);
      clearInterval(timer);
    };
  }, [timeoutMs]);
}
