import i18next from 'i18next';
import type { SessionUser } from '@/core/index';
import { readSetting, SettingKey } from '@/db/local-settings';
import { useSessionStore } from '@/sync/session-store';
import { useAuthStore } from './auth-store';
import { lastSessionUserId } from './leave-session';

/** With the person's database open: their token to memory, their language, then the app. */
export async function enterSession(user: SessionUser, token: string | undefined): Promise<void> {
  useSessionStore.getState().unlocked(user, token);
  const language = await readSetting<string>(SettingKey.language);
  if (language && language !== i18next.language) await i18next.changeLanguage(language);
  // The same person continues where they locked; someone else starts on their own caseload.
  const previous = lastSessionUserId();
  // (wouter follows history.replaceState, which it patches to announce itself.)
  if (previous !== undefined && previous !== user.id) history.replaceState(null, '', '/');
  useAuthStore.getState().show({ name: 'unlocked', userId: user.id });
  performance.mark('lotse:unlocked');
}
