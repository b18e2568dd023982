/**
 * The client dialog's publishing settings as typed (hashtag sets, post templates, approval) and their
 * checking against the stored schemas, each error keyed to the field it is about.
 *
 * TRAP: zod checks a list as a whole (duplicate names, how many) only once every item parses. The
 * list is checked again with the faulty items stood in for, so every error shows at once, not one
 * save at a time. A hashtag set's tags are parsed by parseHashtags (the first bad token, with where
 * it is, to select it), not by the schema, whose issues carry no position in the typed text.
 */
import { ApprovalSettingsSchema, resolveApprovalSettings, type ApprovalSettings } from '../../../shared/model/approval';
import type { Channel } from '../../../shared/model/enums';
import { HashtagSetSchema, HashtagSetsSchema, hashtagLine, parseHashtags, resolveHashtagSets, type HashtagSet } from '../../../shared/publishing/hashtagSets';
import { TemplateSchema, TemplatesSchema, resolveTemplates, type Template } from '../../../shared/publishing/templates';
import type { Checked, PlanErrors } from './clientPlanForm';

/** A hashtag set as typed: its tags are still the text in the field ("#pain #levain"). */
export type HashtagSetRow = { id: string; name: string; text: string };
export type TemplateRow = Template;
/** "Posts need the client's approval" and the days before, still text. */
export type ApprovalRow = { required: boolean; daysBefore: string };

export const hashtagRowsOf = (stored: unknown): HashtagSetRow[] =>
  resolveHashtagSets(stored).map((s) => ({ id: s.id, name: s.name, text: hashtagLine(s.tags) }));

export const templateRowsOf = (stored: unknown): TemplateRow[] => resolveTemplates(stored);

export const approvalRowOf = (stored: unknown): ApprovalRow => {
  const settings = resolveApprovalSettings(stored);
  return { required: settings.required, daysBefore: String(settings.daysBefore) };
};

export const newTemplateRow = (id: string, channel: Channel): TemplateRow => ({
  id,
  name: '',
  title: '',
  caption: '',
  firstComment: '',
  channel,
  format: 'image',
  tone: 'serious',
  intent: 'informative',
});

/** Error keys: `hashtags.<i>.name`, `hashtags.<i>.tags` (with the token and where it is), `hashtags.list`. */
export const checkHashtagSets = (rows: readonly HashtagSetRow[]): Checked<HashtagSet[]> => {
  const errors: PlanErrors = {};
  const standIns = rows.map((row, i) => {
    const name = HashtagSetSchema.shape.name.safeParse(row.name);
    if (!name.success) errors[`hashtags.${i}.name`] = { key: name.error.issues[0]!.message };
    const tags = parseHashtags(row.text);
    if (!tags.ok) {
      const { key, token, start, end } = tags.error;
      errors[`hashtags.${i}.tags`] = { key, values: { token }, select: [start, end] };
    }
    return { id: row.id, name: name.success ? row.name : `\u0000${i}`, tags: tags.ok ? tags.tags : ['#x'] };
  });
  const whole = HashtagSetsSchema.safeParse(standIns);
  if (whole.success && Object.keys(errors).length === 0) return { ok: true, value: whole.data };
  for (const issue of whole.success ? [] : whole.error.issues) {
    const [index] = issue.path;
    const field = typeof index === 'number' ? `hashtags.${index}.name` : 'hashtags.list';
    errors[field] ??= { key: issue.message };
  }
  return { ok: false, errors };
};

const TEMPLATE_FIELDS = ['name', 'title', 'caption', 'firstComment', 'channel', 'format', 'tone', 'intent'] as const;

/** Error keys: `templates.<i>.<field>`, `templates.list`. */
export const checkTemplates = (rows: readonly TemplateRow[]): Checked<Template[]> => {
  const errors: PlanErrors = {};
  const standIns = rows.map((row, i) => {
    const parsed = TemplateSchema.safeParse(row);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      const field = TEMPLATE_FIELDS.find((f) => f === issue.path[0]) ?? 'name';
      errors[`templates.${i}.${field}`] ??= { key: issue.message };
    }
    // A stand-in that parses whole, keeping the name when it is valid (for the duplicate check).
    const name = TemplateSchema.shape.name.safeParse(row.name);
    return { ...newTemplateRow(row.id, 'instagram'), name: name.success ? name.data : `\u0000${i}` };
  });
  const whole = TemplatesSchema.safeParse(standIns);
  if (whole.success && Object.keys(errors).length === 0) return { ok: true, value: whole.data };
  for (const issue of whole.success ? [] : whole.error.issues) {
    const [index] = issue.path;
    const key = typeof index === 'number' ? `templates.${index}.name` : 'templates.list';
    errors[key] ??= { key: issue.message };
  }
  return { ok: false, errors };
};

/** Error key: `approval.daysBefore`. */
export const checkApproval = (row: ApprovalRow): Checked<ApprovalSettings> => {
  const days = /^\s*\d{1,3}\s*$/.test(row.daysBefore) ? Number(row.daysBefore) : Number.NaN;
  const parsed = ApprovalSettingsSchema.safeParse({ required: row.required, daysBefore: days });
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, errors: { 'approval.daysBefore': { key: 'errors.approvalDaysInvalid' } } };
};
