import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { saveDeviceLanguage } from '@/db/device/device-settings';

/**
 * The person's language lives in their encrypted settings; the device keeps a
 * copy of the last one chosen, so that the unlock screen after a restart
 * speaks it too.
 */
export function useLanguageMemory(): void {
  const { i18n } = useTranslation();
  useEffect(() => {
    const remember = (language: string) => void saveDeviceLanguage(language);
    remember(i18n.language);
    i18n.on('languageChanged', remember);
    return () => i18n.off('languageChanged', remember);
  }, [i18n]);
}
