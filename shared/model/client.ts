import { z } from 'zod';
import { isTimeZone } from '../dates';
import { CHANNELS, LANGUAGES, WEEK_STARTS } from './enums';

export const ColorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: 'errors.colorInvalid' });

const clientFields = {
  name: z
    .string()
    .trim()
    .min(1, { error: 'errors.nameRequired' })
    .max(80, { error: 'errors.nameTooLong' }),
  color: ColorSchema,
  channels: z.array(z.enum(CHANNELS)).min(1, { error: 'errors.channelsRequired' }),
  timeZone: z.string().refine(isTimeZone, { error: 'errors.timeZoneInvalid' }),
  weekStartsOn: z.literal(WEEK_STARTS),
  language: z.enum(LANGUAGES),
  /**
   * ISO 3166 country code (FR, US…) whose public holidays and observances the calendar shows and
   * the planner may use; null or missing: none shown.
   */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, { error: 'errors.countryInvalid' })
    .nullable()
    .optional(),
};

export const ClientInputSchema = z.object(clientFields);
export type ClientInput = z.infer<typeof ClientInputSchema>;

export const ClientSchema = z.object({
  id: z.string().min(1),
  ...clientFields,
  archived: z.boolean(),
  /**
   * The guard's rules as last saved, possibly by an older Cadence: read them only through
   * resolveRules (shared/analysis/rules.ts), which falls back to defaults field by field.
   */
  rules: z.unknown().optional(),
  /** Content pillars (shared/model/pillars.ts): read only through resolvePillars. */
  pillars: z.unknown().optional(),
  /** Posting rhythm per channel (shared/model/rhythm.ts): read only through resolveRhythm. */
  rhythm: z.unknown().optional(),
  /** Reminders on or off and how long before (shared/publishing/reminders.ts): read only through resolveReminderSettings. */
  reminders: z.unknown().optional(),
  /** Named hashtag sets (shared/publishing/hashtagSets.ts): read only through resolveHashtagSets. */
  hashtagSets: z.unknown().optional(),
  /** Post templates offered by New post (shared/publishing/templates.ts): read only through resolveTemplates. */
  templates: z.unknown().optional(),
  /** The client's X account has X Premium: X captions may be 25,000 long instead of 280. */
  xPremium: z.boolean().optional(),
  /** "Approval required" and how many days before (shared/model/approval.ts): read only through resolveApprovalSettings. */
  approval: z.unknown().optional(),
  /** Review packs made for this client (shared/review/packRecord.ts): read only through resolvePackRecords. */
  reviewPacks: z.unknown().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Client = z.infer<typeof ClientSchema>;

/** A palette that reads on light and dark backgrounds, offered when creating a client. */
export const CLIENT_COLORS = [
  '#4f46e5',
  '#0891b2',
  '#059669',
  '#ca8a04',
  '#ea580c',
  '#dc2626',
  '#db2777',
  '#7c3aed',
] as const;
