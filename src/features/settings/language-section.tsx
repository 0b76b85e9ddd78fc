import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '@/core/index';
import { SettingKey, writeSetting } from '@/db/local-settings';

const uiLanguages = LANGUAGES.filter((language) => language.ui);

export function LanguageSection() {
  const { t, i18n } = useTranslation('settings');
  async function choose(code: string) {
    await writeSetting(SettingKey.language, code);
    await i18n.changeLanguage(code);
  }
  return (
    <section aria-labelledby="language-heading" className="card">
      <h2 id="language-heading">{t('language.heading')}</h2>
      <label className="field">
        <span>{t('language.label')}</span>
        <select value={i18n.resolvedLanguage} onChange={(e) => void choose(e.target.value)}>
          {uiLanguages.map((language) => (
            <option key={language.code} value={language.code} lang={language.code}>
              {language.nativeName}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
