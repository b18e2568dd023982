import { describe, expect, it } from 'vitest';
import { en } from '../../../renderer/i18n/en';
import { fr } from '../../../renderer/i18n/fr';
import { createI18n } from '../../../renderer/i18n/i18n';
import { weekStrings } from '../../../renderer/features/week/strings';
import { agendaStrings } from '../../../renderer/features/agenda/strings';
import { CHANNEL_NAMES, FORMAT_NAMES } from '../../../shared/analysis/labels';
import * as messages from '../../../shared/analysis/messages';
import { PROMO_PRESETS, RULE_INFO } from '../../../shared/analysis/rules';
import { CHANNEL_VALUES, FORMAT_VALUES, INTENT_VALUES, STATUS_VALUES, TONE_VALUES, normaliseKey } from '../../../shared/serializers/values';

/**
 * The French interface as a French reader expects it: every string of the French table (fr.ts and the
 * feature folders' strings, merged as i18n.ts merges them) is walked and checked against the
 * convention written at the top of fr.ts: U+00A0 before : ; ! ? % and inside « », no English quotes,
 * Ko/Mo for sizes, no string left in English, placeholders intact, plurals complete.
 */

const NBSP = '\u00a0';
type Table = { [key: string]: string | Table };
const frTable = { ...fr, week: weekStrings.fr, agenda: agendaStrings.fr } as unknown as Table;
const enTable = { ...en, week: weekStrings.en, agenda: agendaStrings.en } as unknown as Table;

const leaves = (table: Table, prefix = ''): Array<[string, string]> =>
  Object.entries(table).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
const frLeaves = leaves(frTable);
const enByPath = new Map(leaves(enTable));

/** What is not prose: placeholders (a word), URLs, times and ratios (10:00, HH:mm, 16:9), a sign named in brackets ("(;)"). */
const prose = (text: string): string =>
  text
    .replace(/\{\{[^{}]*\}\}/g, 'X')
    .replace(/https?:\/\/\S+/g, 'URL')
    .replace(/\b\d{1,2}:\d{2}\b|\bHH:mm\b|\b\d+:\d+\b/g, '0')
    .replace(/\(([:;!?%])\)/g, '(sign)');

/** Everything wrong with one French string's typography, in words. Exported to the tests below only. */
const typography = (text: string): string[] => {
  const problems: string[] = [];
  const s = prose(text);
  for (const match of s.matchAll(/[:;!?%]/g)) {
    const i = match.index;
    const before = s[i - 1];
    if (before === NBSP && i >= 2 && /\s/.test(s[i - 2]!)) problems.push(`two spaces before "${match[0]}"`);
    else if (before !== NBSP) problems.push(`${before === ' ' ? 'a regular space' : 'no space'} before "${match[0]}" (want U+00A0)`);
  }
  if (/[“”]/.test(s)) problems.push('English quotes “ ” (want « »)');
  if (/"/.test(s.replace(/""/g, ''))) problems.push('straight quotes " (want « »)');
  for (const match of s.matchAll(/«(.)/gu)) if (match[1] !== NBSP) problems.push('« not followed by U+00A0');
  for (const match of s.matchAll(/(.)»/gu)) if (match[1] !== NBSP) problems.push('» not preceded by U+00A0');
  if (/\b[KMGT]B\b|\bkB\b/.test(s)) problems.push('an English size unit (want Ko, Mo, Go)');
  return problems;
};

/**
 * Words a French string may share with its English counterpart, each a French word (or a name) too.
 * A string equal to the English one passes only if every word in it is here.
 */
const SAME_IN_FRENCH = new Set([
  'cadence', // the product's name
  ...['instagram', 'facebook', 'linkedin', 'tiktok', 'x', 'youtube', 'pinterest', 'threads', 'bluesky'], // networks' names
  'icalendar', // the file format's name (RFC 5545)
  'story', // Instagram's French interface calls the format « story »
  'min', // the symbol of the minute, in French too
  // French words spelt as the English ones, with the same meaning here (Le Robert has each of them):
  ...['agenda', 'article', 'blog', 'client', 'clients', 'date', 'format', 'image', 'impressions', 'informative'],
  ...['interaction', 'interactions', 'notes', 'question', 'quiz', 'verdict'],
]);
const sharedWords = (text: string): boolean =>
  (text.replace(/\{\{[^{}]*\}\}/g, ' ').match(/[\p{L}]+/gu) ?? []).every((word) => SAME_IN_FRENCH.has(word.toLowerCase()));
/** Strings with no word to translate: placeholders, numbers, signs and acronyms only. */
const noWords = (text: string): boolean => !/[a-zà-ÿ]{2,}/i.test(text.replace(/\{\{[^{}]*\}\}/g, '').replace(/\b[A-Z0-9-]{2,}\b/g, ''));

// Placeholders that are constants of at least 2, so their noun is always plural: the backup rotation's
// hours, days and manual copies, the smallest sample insights conclude on, a row's cells when it has too many.
const NEVER_ONE = new Set(['hourly', 'daily', 'manual', 'min', 'cells']);
/** A number placeholder followed by a plural noun in a string with no plural forms: « 0 reprises ». */
const countedWithoutPlural = (text: string): string[] =>
  [...text.matchAll(/\{\{(\w+)\}\}\s+([\p{L}’]+[sx])\b/gu)]
    .filter((m) => m[1] !== 'count' && !NEVER_ONE.has(m[1]!))
    .map((m) => `{{${m[1]}}} ${m[2]} (use {{count}} and _one/_other keys)`);
const placeholders = (text: string): string[] => [...text.matchAll(/\{\{\s*([^{}]*?)\s*\}\}/g)].map((m) => m[1]!).sort();
const base = (path: string): string => path.replace(/_(zero|one|two|few|many|other)$/, '');

describe('the French checker itself', () => {
  it('flags each kind of mistake', () => {
    expect(typography('Alerte:')).toEqual(['no space before ":" (want U+00A0)']);
    expect(typography('Remarque : lire')).toEqual(['a regular space before ":" (want U+00A0)']);
    expect(typography(`Vraiment${NBSP}?`)).toEqual([]);
    expect(typography('Vraiment ?')).toHaveLength(1);
    expect(typography('50 %')).toHaveLength(1);
    expect(typography('“Pain”')).toContain('English quotes “ ” (want « »)');
    expect(typography('"Pain"')).toContain('straight quotes " (want « »)');
    expect(typography('« Pain »')).toEqual(['« not followed by U+00A0', '» not preceded by U+00A0']);
    expect(typography(`«${NBSP}Pain${NBSP}»`)).toEqual([]);
    expect(typography('23,9 KB')).toEqual(['an English size unit (want Ko, Mo, Go)']);
  });
  it('lets through what is not prose', () => {
    expect(typography('entre 00:00 et 23:59, format HH:mm, https://example.com/a?b=c')).toEqual([]);
    expect(typography(`{{field}}${NBSP}: {{value}}`)).toEqual([]);
    expect(typography('Point-virgule (;)')).toEqual([]);
    expect(typography('n’est pas doublé ("")')).toEqual([]);
    expect(noWords('+{{count}}')).toBe(true);
    expect(noWords('CSV')).toBe(true);
    expect(noWords('Posts')).toBe(false);
    expect(sharedWords('Agenda, {{range}}')).toBe(true);
    expect(sharedWords('Posts')).toBe(false);
    expect(countedWithoutPlural('{{ugc}} reprises UGC')).toHaveLength(1);
    expect(countedWithoutPlural('Il garde {{hourly}} copies, {{count}} publications')).toEqual([]);
  });
});

describe('the French table', () => {
  it('follows French typography', () => {
    const problems = frLeaves.flatMap(([path, text]) => typography(text).map((p) => `${path}: ${p} in ${JSON.stringify(text)}`));
    expect(problems).toEqual([]);
  });

  it('leaves nothing in English', () => {
    const same = frLeaves
      .filter(([path, text]) => enByPath.get(path) === text && !noWords(text) && !sharedWords(text))
      .map(([path, text]) => `${path}: ${JSON.stringify(text)}`);
    expect(same).toEqual([]);
  });

  it('says « réseau » for a channel, never « canal » (one word per concept, as fr.ts says)', () => {
    const strays = frLeaves.filter(([, text]) => /\bcan(al|aux)\b/i.test(text)).map(([path, text]) => `${path}: ${text}`);
    expect(strays).toEqual([]);
  });

  it('has every key of the English table, and no other', () => {
    const frPaths = new Set(frLeaves.map(([path]) => path));
    expect([...enByPath.keys()].filter((p) => !frPaths.has(p))).toEqual([]);
    expect([...frPaths].filter((p) => !enByPath.has(p))).toEqual([]);
  });

  it('keeps placeholders well formed and named as in English', () => {
    const enNames = new Map<string, Set<string>>();
    for (const [path, text] of enByPath) {
      const names = enNames.get(base(path)) ?? new Set<string>();
      placeholders(text).forEach((n) => names.add(n));
      enNames.set(base(path), names);
    }
    const problems = frLeaves.flatMap(([path, text]) => {
      const out: string[] = [];
      if (/[{}]/.test(text.replace(/\{\{[\w.]+\}\}/g, ''))) out.push(`${path}: a broken placeholder in ${JSON.stringify(text)}`);
      for (const name of placeholders(text)) if (!enNames.get(base(path))?.has(name)) out.push(`${path}: {{${name}}} is not passed by the English key`);
      return out;
    });
    expect(problems).toEqual([]);
  });

  it('says a counted noun with plural forms (not « 0 reprises »)', () => {
    const counted = frLeaves
      .filter(([path]) => base(path) === path)
      .flatMap(([path, text]) => countedWithoutPlural(text).map((p) => `${path}: ${p}`));
    expect(counted).toEqual([]);
  });

  it('names channels and formats in the guard’s messages as the interface does', () => {
    expect(Object.fromEntries(Object.entries(CHANNEL_NAMES).map(([id, name]) => [id, name.fr]))).toEqual(fr.channel);
    expect(Object.fromEntries(Object.entries(FORMAT_NAMES).map(([id, name]) => [id, name.fr]))).toEqual(fr.format);
  });

  it('reads back on import every value label it shows', () => {
    const tables = { channel: CHANNEL_VALUES, format: FORMAT_VALUES, tone: TONE_VALUES, intent: INTENT_VALUES, status: STATUS_VALUES };
    const unread = Object.entries(tables).flatMap(([group, values]) =>
      Object.entries(fr[group as keyof typeof tables]).filter(([id, label]) => values.get(normaliseKey(label)) !== id).map(([id, label]) => `${group}.${id}: ${label}`),
    );
    expect(unread).toEqual([]);
  });

  it('counts in French: 0 and 1 are singular, a million is not English', async () => {
    const i18n = await createI18n('fr');
    const plural = [...new Set(frLeaves.filter(([p]) => p.endsWith('_one')).map(([p]) => base(p)))];
    expect(plural.length).toBeGreaterThan(40);
    const wrong = plural.flatMap((key) => {
      const one = enByPath.has(`${key}_one`) ? String(i18n.t(key, { count: 0 })) : '';
      const million = String(i18n.t(key, { count: 1_000_000 }));
      const out: string[] = [];
      const frOne = frLeaves.find(([p]) => p === `${key}_one`)![1];
      const frOther = frLeaves.find(([p]) => p === `${key}_other`)![1];
      if (one !== String(i18n.t(`${key}_one`, { count: 0 })) || one === '') out.push(`${key} with 0: ${one} (want ${frOne})`);
      if (million !== String(i18n.t(`${key}_other`, { count: 1_000_000 }))) out.push(`${key} with 1000000: ${million} (want ${frOther})`);
      return out;
    });
    expect(wrong).toEqual([]);
  });
});

describe('the guard’s French, written in shared/', () => {
  it('follows the same typography in its rules and every kind of message', () => {
    const texts = [
      ...Object.values(RULE_INFO).flatMap((r) => [r.name.fr, r.description.fr]),
      ...Object.values(PROMO_PRESETS).flatMap((p) => [p.label.fr, p.explanation.fr]),
      messages.streakMessage(3, '2026-11-10', '2026-11-12', 2, 'instagram'),
      messages.repeatMessage('carousel', 3, '2026-11-09', '2026-11-13'),
      messages.shareMessage(3, 7, '2026-03-02', '2026-03-07', 0.2, 14, PROMO_PRESETS['80-20'].label),
      messages.participationMessage('2026-11-16', 1),
      messages.participationMessage('2026-11-16', 2),
      messages.playfulMessage('2026-11-16', 299, 1000, 0.3, 0.5),
      messages.playfulMessage('2026-11-16', 9, 10, 0.3, 0.5),
      messages.frequencyMessage('instagram', '2026-11-10', 4, 2),
      messages.moveReason('Promo', '2026-11-14', 'streak'),
      messages.moveForRoomReason('Promo', '2026-11-09', 'instagram'),
      messages.swapReason('Promo', 'Quiz', 'repeat'),
      messages.questionReason('Promo', 'carousel', 0.42),
    ].map((t) => (typeof t === 'string' ? t : t.fr));
    expect(texts.flatMap((text) => typography(text).map((p) => `${p} in ${JSON.stringify(text)}`))).toEqual([]);
  });
});
