import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { useAuthStore } from './auth-store';
import { LoginScreen } from './login-screen';
import { startAuth } from './start-auth';
import { UnlockedSession } from './unlocked-session';
import { UnlockScreen } from './unlock-screen';

// Shown only once per person and device, after an online login: never the first screen.
const PinSetupScreen = lazy(() => import('./pin-setup-screen'));

/**
 * Nothing of the app renders until a person has unlocked their own
 * encrypted database: first the online login and a PIN, on later starts the
 * offline unlock.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const screen = useAuthStore((s) => s.screen);
  useEffect(() => void startAuth(), []);
  switch (screen.name) {
    case 'starting':
      return null;
    case 'login':
      return <LoginScreen notice={screen.notice} noticeName={screen.noticeName} />;
    case 'choosePin':
      return (
        <Suspense fallback={null}>
          <PinSetupScreen login={screen.login} />
        </Suspense>
      );
    case 'unlock':
      return <UnlockScreen userId={screen.userId} pendingLogin={screen.pendingLogin} />;
    case 'unlocked':
      return <UnlockedSession key={screen.userId}>{children}</UnlockedSession>;
  }
}
