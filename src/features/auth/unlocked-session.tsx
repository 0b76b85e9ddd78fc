import type { ReactNode } from 'react';
import { useSessionStore } from '@/sync/session-store';
import { lock } from './lock';
import { useDeviceAccount } from './use-device-accounts';
import { useDeviceContact } from './use-device-contact';
import { DEFAULT_AUTO_LOCK_MINUTES, useIdleLock } from './use-idle-lock';
import { useLanguageMemory } from './use-language-memory';

const lockNow = () => void lock();

/** The app while a person's database is open: it locks when idle and keeps in touch with the server. */
export function UnlockedSession({ children }: { children: ReactNode }) {
  const userId = useSessionStore((s) => s.user?.id);
  const account = useDeviceAccount(userId);
  const minutes = account?.autoLockMinutes ?? DEFAULT_AUTO_LOCK_MINUTES;
  useIdleLock(minutes * 60_000, lockNow);
  useDeviceContact();
  useLanguageMemory();
  return children;
}
