import { useContext, useSyncExternalStore } from 'react';
import { I18nContext } from 'react-i18next';
import type { i18n as I18n, TFunction } from 'i18next';

type Lite = { t: TFunction; subscribe: (onChange: () => void) => () => void };
const lites = new WeakMap<I18n, Lite>();

const liteOf = (i18n: I18n): Lite => {
  let lite = lites.get(i18n);
  if (!lite) {
    lite = {
      // i18next's t reads the instance's current language at each call, so one bound function serves.
      t: i18n.t.bind(i18n) as TFunction,
      subscribe: (onChange) => {
        i18n.on('languageChanged', onChange);
        return () => i18n.off('languageChanged', onChange);
      },
    };
    lites.set(i18n, lite);
  }
  return lite;
};

/**
 * `t` and the current language, for components drawn by the hundred (cards, day cells, week bars);
 * they redraw when the language changes. Needs the app's I18nextProvider, as useTranslation does.
 *
 * PERF: react-i18next's useTranslation copies every property descriptor of the i18n instance into a
 * wrapper when a component mounts; a month switch mounts a hundred or more of these (about 8 ms).
 */
export const useLiteTranslation = (): { t: TFunction; language: string } => {
  const { i18n } = useContext(I18nContext);
  const lite = liteOf(i18n);
  const language = useSyncExternalStore(lite.subscribe, () => i18n.language);
  return { t: lite.t, language };
};
