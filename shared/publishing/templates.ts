/**
 * Post templates a client keeps ("Tip of the week": a carousel, informative, serious, on LinkedIn, with
 * a caption skeleton), offered by New post. A template fills the editor's fields; the post made from it
 * is a plain post (no link back), so editing or deleting a template never changes posts already made.
 * Error messages are i18n keys; a zod issue's path names the field (['name']).
 */
import { z } from 'zod';
import { CHANNELS, INTENTS, TONES } from '../model/enums';
import { FORMAT_IDS } from '../model/formats';
import { MAX_FIRST_COMMENT } from '../model/post';

export const MAX_TEMPLATES = 50;

const templateFields = {
  // Own keys: the client's 'errors.nameRequired' speaks of a client.
  name: z
    .string()
    .trim()
    .min(1, { error: 'errors.templateNameRequired' })
    .max(60, { error: 'errors.templateNameTooLong' }),
  /** The new post's working title (may be empty: the user writes it). */
  title: z.string().trim().max(200, { error: 'errors.titleTooLong' }),
  caption: z.string().max(5000, { error: 'errors.captionTooLong' }),
  firstComment: z.string().max(MAX_FIRST_COMMENT, { error: 'errors.firstCommentTooLong' }),
  channel: z.enum(CHANNELS, { error: 'errors.channelRequired' }),
  format: z.enum(FORMAT_IDS, { error: 'errors.formatRequired' }),
  tone: z.enum(TONES),
  intent: z.enum(INTENTS),
};

export const TemplateInputSchema = z.object(templateFields);
export type TemplateInput = z.infer<typeof TemplateInputSchema>;

export const TemplateSchema = z.object({ id: z.string().min(1), ...templateFields });
export type Template = z.infer<typeof TemplateSchema>;

/** A client's templates: names unique without case or surrounding spaces. */
export const TemplatesSchema = z
  .array(TemplateSchema)
  .max(MAX_TEMPLATES, { error: 'errors.templatesTooMany' })
  .superRefine((templates, ctx) => {
    const names = new Set<string>();
    templates.forEach((template, i) => {
      const key = template.name.trim().toLocaleLowerCase('und');
      if (names.has(key)) ctx.addIssue({ code: 'custom', message: 'errors.templateNameDuplicate', path: [i, 'name'] });
      names.add(key);
    });
  });

/**
 * A client's templates as stored (possibly by an older or newer Cadence), or the valid part of them:
 * templates that parse, the first of a name wins, at most MAX_TEMPLATES. Never throws.
 */
export const resolveTemplates = (stored: unknown): Template[] => {
  if (!Array.isArray(stored)) return [];
  const names = new Set<string>();
  const templates: Template[] = [];
  for (const item of stored) {
    const parsed = TemplateSchema.safeParse(item);
    if (!parsed.success) continue;
    const key = parsed.data.name.toLocaleLowerCase('und');
    if (names.has(key) || templates.length >= MAX_TEMPLATES) continue;
    names.add(key);
    templates.push(parsed.data);
  }
  return templates;
};

/** The editor fields a template fills: everything else (day, time, status…) stays as New post set it. */
export const fieldsFromTemplate = (template: Template) => ({
  title: template.title,
  caption: template.caption,
  firstComment: template.firstComment,
  channel: template.channel,
  format: template.format,
  tone: template.tone,
  intent: template.intent,
});
