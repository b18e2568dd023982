/**
 * The heavy work of import and export: reading a CSV, an ICS or a backup, and writing a backup (the
 * automatic one reads the database itself, through renderer/db).
 * It runs in a Web Worker (importWorker.ts) so 50,000 rows never freeze the window; where there is no
 * Worker (tests in jsdom) workerClient.ts runs the same code here, pausing between pieces.
 */
import type { Client } from '../../../shared/model/client';
import type { Post } from '../../../shared/model/post';
import { toCsv, type CsvImport, type FromCsvOptions, type ToCsvOptions } from '../../../shared/serializers/csv';
import { fromIcs, toIcs, type FromIcsOptions, type IcsImport } from '../../../shared/serializers/ics';
import { parseBackup, toBackup, type BackupData, type ParseBackupResult } from '../../../shared/serializers/backup';
import { readForBackupFrom, type BackupAsk } from '../../db/backupRead';
import { fromCsvInChunks, type ChunkHooks } from './csvChunks';

export type Job =
  | { kind: 'csv'; text: string; options: FromCsvOptions }
  | { kind: 'ics'; text: string; options: FromIcsOptions }
  | { kind: 'backup'; text: string; maxDataVersion: number }
  | { kind: 'toBackup'; data: BackupData; dataVersion: number; now: string }
  /**
   * Reads the database itself (one read transaction) and writes its backup when one is due (see
   * BackupAsk); otherwise `json` is null.
   */
  | ({ kind: 'autoBackup'; dbName: string; dataVersion: number; now: string } & BackupAsk)
  | { kind: 'toCsv'; posts: Post[]; clients: Client[]; options: ToCsvOptions }
  | { kind: 'toIcs'; posts: Post[]; clients: Client[]; now: string; calendarName?: string };

export type JobOutputs = {
  csv: CsvImport;
  ics: IcsImport;
  backup: ParseBackupResult;
  toBackup: string;
  /** `media`: the content hashes the backup's JSON lists (#18), kept beside it by the backup store. */
  autoBackup: { fingerprint: string; empty: boolean; json: string | null; media: string[] };
  toCsv: string;
  toIcs: string;
};
export type JobOutput<J extends Job> = JobOutputs[J['kind']];

/** Messages between the page and the worker. */
export type JobRequest = { id: number; job: Job };
export type JobMessage =
  | { id: number; type: 'progress'; done: number }
  | { id: number; type: 'result'; output: JobOutputs[keyof JobOutputs] }
  | { id: number; type: 'error'; message: string };

export const runJob = async <J extends Job>(job: J, hooks: ChunkHooks = {}): Promise<JobOutput<J>> => {
  const output = await run(job, hooks);
  return output as JobOutput<J>;
};

const run = async (job: Job, hooks: ChunkHooks): Promise<JobOutputs[keyof JobOutputs]> => {
  switch (job.kind) {
    case 'csv':
      return fromCsvInChunks(job.text, job.options, hooks);
    case 'ics': {
      hooks.progress?.(0.1);
      const result = fromIcs(job.text, job.options);
      hooks.progress?.(1);
      return result;
    }
    case 'backup': {
      hooks.progress?.(0.1);
      const result = parseBackup(job.text, { maxDataVersion: job.maxDataVersion });
      hooks.progress?.(1);
      return result;
    }
    case 'toBackup':
      return toBackup(job.data, { dataVersion: job.dataVersion, now: new Date(job.now) });
    case 'autoBackup': {
      const { fingerprint, empty, data } = await readForBackupFrom(job.dbName, job);
      const json = data && toBackup(data, { dataVersion: job.dataVersion, now: new Date(job.now) });
      return { fingerprint, empty, json, media: (data?.media ?? []).map((m) => m.hash) };
    }
    case 'toCsv':
      return toCsv(job.posts, job.clients, job.options);
    case 'toIcs':
      return toIcs(job.posts, job.clients, {
        now: new Date(job.now),
        ...(job.calendarName !== undefined ? { calendarName: job.calendarName } : {}),
      });
  }
};
