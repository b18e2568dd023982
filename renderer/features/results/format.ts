/**
 * How results and insights write their numbers, in the interface language: rates and lifts as
 * percents, counts with the language's grouping, durations in minutes, hours and days. Pure apart
 * from Intl, so the Insights screen, its printable layout and its exports agree.
 */
import type { TFunction } from 'i18next';

const cache = new Map<string, Intl.NumberFormat>();
const numberFormat = (language: string, options: Intl.NumberFormatOptions): Intl.NumberFormat => {
  const key = `${language}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language, options);
    cache.set(key, format);
  }
  return format;
};

/** 0.0342 → "3.4%" (fr: "3,4 %"); null → "—". */
export const formatRate = (value: number | null, language: string, digits = 1): string =>
  value === null ? '—' : numberFormat(language, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);

/** 0.42 → "+42%", -0.1 → "−10%", 0 → "0%"; null → "—". */
export const formatLift = (value: number | null, language: string): string =>
  value === null ? '—' : numberFormat(language, { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(value);

/** 1234 → "1,234" (fr: "1 234"). */
export const formatCount = (value: number, language: string): string => numberFormat(language, {}).format(value);

/** 45 → "45 min", 130 → "2 h 10 min", 3000 → "2 d 2 h"; null → "—". */
export const formatMinutes = (minutes: number | null, t: TFunction): string => {
  if (minutes === null) return '—';
  const rounded = Math.round(minutes);
  if (rounded < 60) return t('results.duration.minutes', { count: rounded });
  if (rounded < 24 * 60) {
    const h = Math.floor(rounded / 60);
    const m = rounded % 60;
    return m === 0 ? t('results.duration.hours', { count: h }) : t('results.duration.hoursMinutes', { h, m: String(m).padStart(2, '0') });
  }
  const d = Math.floor(rounded / (24 * 60));
  const h = Math.round((rounded - d * 24 * 60) / 60);
  return h === 0 ? t('results.duration.days', { count: d }) : t('results.duration.daysHours', { d, h });
};

/** An instant (ISO with offset) as a local date and time: "24 Nov 2026, 10:00". */
export const formatInstant = (iso: string, language: string): string => {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(time));
};
