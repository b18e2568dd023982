import type { TFunction } from 'i18next';

const KB = 1024;
const MB = 1024 * 1024;

/** "840 KB" / "12.5 MB" ("840 Ko" / "12,5 Mo" in French): the unit and the decimal mark follow the language. */
export const formatSize = (bytes: number, t: TFunction, language: string): string => {
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  if (bytes < MB) return t('media.sizeKb', { value: number.format(Math.max(1, Math.ceil(bytes / KB))) });
  return t('media.sizeMb', { value: number.format(Math.round((bytes / MB) * 10) / 10) });
};
