/**
 * A client's posting rhythm: per channel, how many posts a week and on which weekdays and at which
 * times ("Instagram 3 a week, Mon/Wed/Fri at 12:30"). The auto-planner fills the rhythm's empty slots.
 *
 * Weekdays are numbered as date-fns does: 0 = Sunday … 6 = Saturday. Stored rhythms are read only
 * through `resolveRhythm`, which keeps what is valid.
 */
import { z } from 'zod';
import { isTime } from '../dates';
import { CHANNELS, type Channel } from './enums';

export const RhythmEntrySchema = z
  .object({
    channel: z.enum(CHANNELS, { error: 'errors.channelRequired' }),
    perWeek: z
      .number({ error: 'errors.rhythmPerWeekInvalid' })
      .int({ error: 'errors.rhythmPerWeekInvalid' })
      .min(0, { error: 'errors.rhythmPerWeekInvalid' })
      .max(70, { error: 'errors.rhythmPerWeekInvalid' }),
    days: z
      .array(z.number().int().min(0).max(6))
      .min(1, { error: 'errors.rhythmDaysRequired' })
      .refine((d) => new Set(d).size === d.length, { error: 'errors.rhythmDaysRequired' }),
    times: z
      .array(z.string().refine(isTime, { error: 'errors.timeInvalid' }))
      .min(1, { error: 'errors.rhythmTimesRequired' })
      .max(10)
      .refine((t) => new Set(t).size === t.length, { error: 'errors.rhythmTimesDuplicate' }),
  })
  // One post per weekday and time at most: 21 a week need 3 times on each of 7 days.
  .refine((e) => e.perWeek <= e.days.length * e.times.length, { error: 'errors.rhythmTooMany', path: ['perWeek'] });
export type RhythmEntry = z.infer<typeof RhythmEntrySchema>;

export const RhythmSchema = z.array(RhythmEntrySchema).superRefine((entries, ctx) => {
  const seen = new Set<Channel>();
  entries.forEach((e, i) => {
    if (seen.has(e.channel)) ctx.addIssue({ code: 'custom', message: 'errors.rhythmChannelTwice', path: [i, 'channel'] });
    seen.add(e.channel);
  });
  if (entries.length > 0 && entries.every((e) => e.perWeek === 0)) {
    ctx.addIssue({ code: 'custom', message: 'errors.rhythmEmpty', path: ['perWeek'] });
  }
});
export type Rhythm = RhythmEntry[];

/** The valid entries of a stored rhythm (first entry of a channel wins), days and times sorted. Never throws. */
export const resolveRhythm = (stored: unknown): Rhythm => {
  if (!Array.isArray(stored)) return [];
  const out: Rhythm = [];
  const seen = new Set<Channel>();
  for (const row of stored) {
    const parsed = RhythmEntrySchema.safeParse(row);
    if (!parsed.success || seen.has(parsed.data.channel)) continue;
    seen.add(parsed.data.channel);
    out.push({ ...parsed.data, days: [...parsed.data.days].sort((a, b) => a - b), times: [...parsed.data.times].sort() });
  }
  return out;
};
