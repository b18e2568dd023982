import type { Channel, Intent, Tone } from '../model/enums';
import type { FormatId } from '../model/formats';
import type { Day } from '../dates';

/** A message in both UI languages: shared/ knows no locale, the caller picks. */
export type Bilingual = { en: string; fr: string };

export type Severity = 'info' | 'warning' | 'critical';

export type RuleId =
  | 'promo-streak'
  | 'promo-share'
  | 'no-participation-week'
  | 'format-repeat'
  | 'playful-range'
  | 'channel-frequency';
