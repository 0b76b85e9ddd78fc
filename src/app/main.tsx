import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { readDeviceLanguage } from '@/db/device/device-settings';
import { closeUserDatabase } from '@/db/user-database';
import { initI18n } from '@/i18n/i18n';
import { App } from './app';
import './styles.css';

// Ask once that the browser never evicts the device's data under storage pressure;
// the answer is shown in the settings.
void navigator.storage?.persist?.().catch(() => false);

// Locked from the start: `db` refuses every access until a person unlocks their own database.
await closeUserDatabase();
// The language of the screens before unlocking; each person's own is applied when they unlock.
const language = await readDeviceLanguage().catch(() => undefined);
await initI18n(language);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
