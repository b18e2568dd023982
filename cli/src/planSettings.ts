/**
 * `cadence plan --rhythm FILE`: a JSON file holding {"rhythm": [...], "pillars": [...], "rules": {...}},
 * checked with the app's own schemas. Each problem is reported at its field, in English, e.g.
 * "rhythm[0].times[1]: 25:00 is not a time (HH:mm)". A pillar may leave out its id (its name is used)
 * and its colour (a default).
 */
import type { z } from 'zod';
import { GuardRulesSchema, RULE_IDS } from '../../shared/analysis/rules';
import { CHANNELS } from '../../shared/model/enums';
import { PillarsSchema, pillarKey, type Pillar } from '../../shared/model/pillars';
import { RhythmSchema, type Rhythm } from '../../shared/model/rhythm';
import { escapeControls } from '../../shared/serializers/safeText';

export type PlanSettings = { rhythm?: Rhythm; pillars?: Pillar[]; rules?: Record<string, unknown> };

const MESSAGES: Record<string, (value: unknown) => string> = {
  'errors.timeInvalid': (v) => `${show(v)} is not a time (HH:mm)`,
  'errors.rhythmPerWeekInvalid': (v) => `${show(v)}: posts a week must be a whole number from 0 to 70`,
  'errors.rhythmDaysRequired': () => 'days must list weekdays from 0 (Sunday) to 6 (Saturday), each once, at least one',
  'errors.rhythmTimesRequired': () => 'at least one time (HH:mm) is needed',
  'errors.rhythmTimesDuplicate': () => 'a time is listed twice',
  'errors.rhythmTooMany': (v) => `${show(v)} posts a week is more than its days × times`,
  'errors.rhythmChannelTwice': (v) => `${show(v)} has two entries`,
  'errors.rhythmEmpty': () => 'every channel has 0 posts a week',
  'errors.channelRequired': (v) => `${show(v)} is not a channel (${CHANNELS.join(', ')})`,
  'errors.pillarNameRequired': () => 'a pillar needs a name',
  'errors.pillarNameTooLong': () => 'a pillar name has at most 40 characters',
  'errors.pillarNameChars': (v) => `${show(v)}: a pillar name cannot hold a comma, a semicolon or a line break`,
  'errors.pillarTargetInvalid': (v) => `${show(v)}: a target is a share from 0 to 1 (0.4 = 40%)`,
  'errors.pillarSharesOver': () => 'the pillars’ targets add up to more than 100%',
  'errors.pillarNameDuplicate': (v) => `${show(v)}: two pillars have this name`,
  'errors.pillarIdDuplicate': (v) => `${show(v)}: two pillars have this id`,
  'errors.pillarsTooMany': () => 'at most 12 pillars',
  'errors.colorInvalid': (v) => `${show(v)} is not a colour (#rrggbb)`,
};

const show = (v: unknown): string => escapeControls(typeof v === 'string' ? v : JSON.stringify(v) ?? String(v));

const pathLabel = (root: string, path: readonly PropertyKey[]): string =>
  path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}.${String(key)}`), root);

const valueAt = (value: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((v, key) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined), value);

const issues = (root: string, value: unknown, error: z.ZodError): string[] =>
  error.issues.map((issue) => {
    const at = valueAt(value, issue.path);
    const message = MESSAGES[issue.message]?.(at) ?? issue.message;
    return `${pathLabel(root, issue.path)}: ${message}`;
  });

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The file's settings, or every problem found (at its field). */
export const parsePlanSettings = (text: string): { ok: true; settings: PlanSettings } | { ok: false; errors: string[] } => {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`not JSON (${(error as Error).message})`] };
  }
  if (!isRecord(json)) return { ok: false, errors: ['expected an object: {"rhythm": [...], "pillars": [...], "rules": {...}}'] };
  const errors: string[] = [];
  const settings: PlanSettings = {};
  for (const key of Object.keys(json)) {
    if (!['rhythm', 'pillars', 'rules'].includes(key)) errors.push(`${escapeControls(key)}: unknown setting (rhythm, pillars or rules)`);
  }
  if (json.rhythm !== undefined) {
    const parsed = RhythmSchema.safeParse(json.rhythm);
    if (parsed.success) settings.rhythm = parsed.data.map((e) => ({ ...e, days: [...e.days].sort((a, b) => a - b), times: [...e.times].sort() }));
    else errors.push(...issues('rhythm', json.rhythm, parsed.error));
  }
  if (json.pillars !== undefined) {
    const raw = Array.isArray(json.pillars)
      ? json.pillars.map((p) => (isRecord(p) ? { id: typeof p.name === 'string' ? pillarKey(p.name) || 'pillar' : undefined, color: '#4f46e5', ...p } : p))
      : json.pillars;
    const parsed = PillarsSchema.safeParse(raw);
    if (parsed.success) settings.pillars = parsed.data;
    else errors.push(...issues('pillars', raw, parsed.error));
  }
  if (json.rules !== undefined) {
    if (!isRecord(json.rules)) errors.push('rules: expected an object of rules by id');
    else {
      for (const [id, value] of Object.entries(json.rules)) {
        if (!(RULE_IDS as readonly string[]).includes(id)) {
          errors.push(`rules.${escapeControls(id)}: unknown rule (${RULE_IDS.join(', ')})`);
          continue;
        }
        // Field by field: a rule may give only the fields it changes (the others keep the client's or the default).
        const shape = (GuardRulesSchema.shape[id as (typeof RULE_IDS)[number]] as unknown as z.ZodObject).shape as Record<string, z.ZodType>;
        if (!isRecord(value)) {
          errors.push(`rules.${id}: expected an object of settings`);
          continue;
        }
        for (const [field, v] of Object.entries(value)) {
          const schema = shape[field];
          if (schema === undefined) {
            errors.push(`rules.${id}.${escapeControls(field)}: unknown setting (${Object.keys(shape).join(', ')})`);
            continue;
          }
          const parsed = schema.safeParse(v);
          if (!parsed.success) errors.push(...issues(`rules.${id}.${field}`, v, parsed.error));
        }
        if (id === 'playful-range' && typeof value.min === 'number' && typeof value.max === 'number' && value.min > value.max) {
          errors.push('rules.playful-range.max: must not be below min');
        }
      }
      settings.rules = json.rules;
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, settings };
};
