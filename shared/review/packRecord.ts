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
  /** Answers files applied from this pack (their checksums), newest last: the same file is not applied twice. */
  answers: z
    .array(z.object({ fileId: z.string().min(1).max(100), reviewer: z.string().max(200), savedAt: z.string().max(40), monthComment: z.string().max(5000).nullable() }))
    .max(50)
    .optional(),
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

/** The records with an answers file noted on its pack (once per file; the oldest dropped past 50). */
export const withAnswers = (stored: unknown, packId: string, answer: NonNullable<PackRecord['answers']>[number]): PackRecord[] =>
  resolvePackRecords(stored).map((r) =>
    r.id !== packId ? r : { ...r, answers: [...(r.answers ?? []).filter((a) => a.fileId !== answer.fileId), answer].slice(-50) },
  );

/** Whether this very answers file (by checksum) was applied already. */
export const answersApplied = (records: readonly PackRecord[], packId: string, fileId: string): boolean =>
  records.some((r) => r.id === packId && (r.answers ?? []).some((a) => a.fileId === fileId));
