/**
 * The review packs Cadence made for a client, kept on the client (so backups carry them): a decisions
 * file is only applied when its pack is one of these ("a pack this Cadence made"). The newest
 * MAX_PACK_RECORDS are kept; an answer to a pack older than that is refused as unknown.
 */
import { z } from 'zod';
import { isDay } from '../dates';

export const MAX_PACK_RECORDS = 200;

export const PackRecordSchema = z.object({
  id: z.string().min(1).max(100),
  from: z.string().refine(isDay),
  to: z.string().refine(isDay),
  createdAt: z.string().min(1).max(40),
  posts: z.number().int().min(0),
});
export type PackRecord = z.infer<typeof PackRecordSchema>;

/** A client's stored records, or the valid part of them, oldest first. Never throws. */
export const resolvePackRecords = (stored: unknown): PackRecord[] =>
  Array.isArray(stored) ? stored.flatMap((item) => {
    const parsed = PackRecordSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  }) : [];

/** The records with `record` added, the oldest dropped past MAX_PACK_RECORDS. */
export const withPackRecord = (stored: unknown, record: PackRecord): PackRecord[] =>
  [...resolvePackRecords(stored).filter((r) => r.id !== record.id), record].slice(-MAX_PACK_RECORDS);
