import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Languages } from 'lucide-react';
import { useDb, useSettings } from '../../db/hooks';
import { writeSetting, type Settings } from '../../db/settings';

/** Interface language: the system's by default, or English or French. Stored, applied at once. */
export const LanguagePicker = () => {
  const { t } = useTranslation();
  const db = useDb();
  const settings = useSettings();
  const id = useId();
  return (
    <div className="language-picker">
      <label htmlFor={id}>
        <Languages size={14} aria-hidden="true" />
        <span>{t('language.label')}</span>
      </label>
      <select
        id={id}
        value={settings?.language ?? 'system'}
        onChange={(e) => void writeSetting(db, 'language', e.target.value as Settings['language'])}
      >
        <option value="system">{t('language.system')}</option>
        <option value="en">English</option>
        <option value="fr">Français</option>
      </select>
    </div>
  );
};
