/**
 * Content pillars: the few themes a client's feed is built on (Tips 40%, Community 30%…), each with
 * the share of the month's posts it should take. A post names its pillar by the pillar's `id`, so a
 * renamed pillar keeps its posts; exports write the pillar's name, imports match it back by name.
 *
 * Stored pillars outlive the code: read them only through `resolvePillars`, which keeps what is valid.
 */
import { z } from 'zod';
import { ColorSchema } from './client';

export const MAX_PILLARS = 12;

/** Names are compared without case, accents or surrounding spaces ("Coulisses" = "coulisses "). */
export const pillarKey = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .trim()
    .toLowerCase();

export const PillarSchema = z.object({
  id: z.string().min(1).max(40),
  name: z
    .string()
    .trim()
    .min(1, { error: 'errors.pillarNameRequired' })
    .max(40, { error: 'errors.pillarNameTooLong' })
    .refine((s) => !/[,;\r\n]/.test(s), { error: 'errors.pillarNameChars' }),
  color: ColorSchema,
  /** The share of the month's posts with a pillar that this pillar should take, 0–1. */
  target: z.number({ error: 'errors.pillarTargetInvalid' }).min(0, { error: 'errors.pillarTargetInvalid' }).max(1, {
    error: 'errors.pillarTargetInvalid',
  }),
});
export type Pillar = z.infer<typeof PillarSchema>;

// Targets are entered in whole percents: a sum of 100.0000001% is float noise, not an error.
const EPS = 1e-6;

export const PillarsSchema = z
  .array(PillarSchema)
  .max(MAX_PILLARS, { error: 'errors.pillarsTooMany' })
  .superRefine((pillars, ctx) => {
    const seen = new Set<string>();
    const ids = new Set<string>();
    pillars.forEach((p, i) => {
      const key = pillarKey(p.name);
      if (seen.has(key)) ctx.addIssue({ code: 'custom', message: 'errors.pillarNameDuplicate', path: [i, 'name'] });
      if (ids.has(p.id)) ctx.addIssue({ code: 'custom', message: 'errors.pillarIdDuplicate', path: [i, 'id'] });
      seen.add(key);
      ids.add(p.id);
    });
    const total = pillars.reduce((sum, p) => sum + p.target, 0);
    if (total > 1 + EPS) ctx.addIssue({ code: 'custom', message: 'errors.pillarSharesOver', path: ['targets'] });
  });

/**
 * The client's pillars as stored, or the valid part of them: entries that parse, first of a name or
 * id wins, and when the targets add up to more than 100% they are scaled down to 100% (a damaged
 * row must not make every month drift). Never throws.
 */
export const resolvePillars = (stored: unknown): Pillar[] => {
  if (!Array.isArray(stored)) return [];
  const out: Pillar[] = [];
  const names = new Set<string>();
  const ids = new Set<string>();
  for (const row of stored.slice(0, MAX_PILLARS)) {
    const parsed = PillarSchema.safeParse(row);
    if (!parsed.success) continue;
    const key = pillarKey(parsed.data.name);
    if (names.has(key) || ids.has(parsed.data.id)) continue;
    names.add(key);
    ids.add(parsed.data.id);
    out.push(parsed.data);
  }
  const total = out.reduce((sum, p) => sum + p.target, 0);
  return total > 1 + EPS ? out.map((p) => ({ ...p, target: p.target / total })) : out;
};

/** The pillar a cell names, by id or by name (see `pillarKey`). */
export const findPillar = (pillars: readonly Pillar[], value: string): Pillar | undefined => {
  const key = pillarKey(value);
  return pillars.find((p) => p.id === value) ?? pillars.find((p) => pillarKey(p.name) === key);
};
