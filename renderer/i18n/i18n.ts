import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { enUS, fr as frLocale, type Locale } from 'date-fns/locale';
import { en } from './en';
import { fr } from './fr';
import { withManyForms } from './pluralForms';
import { weekStrings } from '../features/week/strings';
import { agendaStrings } from '../features/agenda/strings';

export type UiLanguage = 'en' | 'fr';

/** The interface language: the user's setting, else the operating system's, else English. */
export const resolveLanguage = (setting: 'system' | UiLanguage, systemLocale: string): UiLanguage => {
  if (setting !== 'system') return setting;
  return systemLocale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
};

export const createI18n = async (language: UiLanguage): Promise<i18n> => {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    // Feature folders may keep their own strings next to their components; they are merged here.
    resources: {
      en: { translation: { ...en, week: weekStrings.en, agenda: agendaStrings.en } },
      fr: { translation: withManyForms({ ...fr, week: weekStrings.fr, agenda: agendaStrings.fr }) },
    },
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
  });
  return instance;
};

export const dateLocale = (language: string): Locale => (language.startsWith('fr') ? frLocale : enUS);
