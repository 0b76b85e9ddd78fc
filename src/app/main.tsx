import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { readSetting, SettingKey } from '@/db/local-settings';
import { initI18n } from '@/i18n/i18n';
import { App } from './app';
import './styles.css';

// Ask once that the browser never evicts the device's data under storage pressure;
// the answer is shown in the settings.
void navigator.storage?.persist?.().catch(() => false);

const language = await readSetting<string>(SettingKey.language).catch(() => undefined);
await initI18n(language);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
