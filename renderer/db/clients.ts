import type { z } from 'zod';
import { ClientInputSchema, ClientSchema, type Client, type ClientInput } from '../../shared/model/client';
import { PillarsSchema, type Pillar } from '../../shared/model/pillars';
import { fieldErrors } from '../../shared/model/post';
import { ApprovalSettingsSchema, type ApprovalSettings } from '../../shared/model/approval';
import { RhythmSchema, type Rhythm } from '../../shared/model/rhythm';
import { HashtagSetsSchema, type HashtagSet } from '../../shared/publishing/hashtagSets';
import { ReminderSettingsSchema, type ReminderSettings } from '../../shared/publishing/reminders';
import { TemplatesSchema, type Template } from '../../shared/publishing/templates';
import { PackRecordSchema, withAnswers, withPackRecord, type PackRecord } from '../../shared/review/packRecord';
import type { CadenceDb } from './database';
import { writeTx } from './database';
import { StorageError } from './errors';
import { newId, nowIso } from './ids';

const validate = (input: ClientInput): ClientInput => {
  const parsed = ClientInputSchema.safeParse(input);
  if (!parsed.success) {
    throw new StorageError('invalid', 'The client is not valid.', fieldErrors(parsed.error));
  }
  return parsed.data;
};

/** A new client; its pillars, rhythm and publishing settings, when given, are checked as `updateClient` checks them. */
export const createClient = async (
  db: CadenceDb,
  input: ClientInput & { pillars?: Pillar[]; rhythm?: Rhythm; hashtagSets?: HashtagSet[]; templates?: Template[]; xPremium?: boolean; approval?: ApprovalSettings },
): Promise<Client> => {
  const now = nowIso();
  const { pillars, rhythm, hashtagSets, templates, xPremium, approval, ...fields } = input;
  const client: Client = { ...validate(fields), id: newId(), archived: false, createdAt: now, updatedAt: now };
  if (pillars !== undefined) client.pillars = checked(PillarsSchema, pillars, 'pillars');
  if (rhythm !== undefined) client.rhythm = checked(RhythmSchema, rhythm, 'rhythm');
  if (hashtagSets !== undefined) client.hashtagSets = checked(HashtagSetsSchema, hashtagSets, 'hashtagSets');
  if (templates !== undefined) client.templates = checked(TemplatesSchema, templates, 'templates');
  if (xPremium !== undefined) client.xPremium = xPremium;
  if (approval !== undefined) client.approval = checked(ApprovalSettingsSchema, approval, 'approval');
  await writeTx(db, ['clients'], () => db.clients.add(client));
  return client;
};

export const updateClient = async (
  db: CadenceDb,
  id: string,
  changes: Partial<ClientInput> & {
    archived?: boolean;
    rules?: unknown;
    pillars?: Pillar[];
    rhythm?: Rhythm;
    reminders?: ReminderSettings;
    hashtagSets?: HashtagSet[];
    templates?: Template[];
    xPremium?: boolean;
    approval?: ApprovalSettings;
  },
): Promise<Client> =>
  writeTx(db, ['clients'], async () => {
    const current = await db.clients.get(id);
    if (!current) throw new StorageError('not-found', 'This client no longer exists.');
    const { archived = current.archived, rules = current.rules, pillars, rhythm, reminders, hashtagSets, templates, xPremium, approval, ...fields } = changes;
    const next: Client = {
      ...current,
      ...validate({ ...pickInput(current), ...fields }),
      archived,
      rules,
      updatedAt: nowIso(),
    };
    if (pillars !== undefined) next.pillars = checked(PillarsSchema, pillars, 'pillars');
    if (rhythm !== undefined) next.rhythm = checked(RhythmSchema, rhythm, 'rhythm');
    if (reminders !== undefined) next.reminders = checked(ReminderSettingsSchema, reminders, 'reminders');
    if (hashtagSets !== undefined) next.hashtagSets = checked(HashtagSetsSchema, hashtagSets, 'hashtagSets');
    if (templates !== undefined) next.templates = checked(TemplatesSchema, templates, 'templates');
    if (xPremium !== undefined) next.xPremium = xPremium;
    if (approval !== undefined) next.approval = checked(ApprovalSettingsSchema, approval, 'approval');
    await db.clients.put(next);
    return next;
  });

/** A pillar set or rhythm the client dialog checked already: checked again here, where it is stored. */
const checked = <T>(schema: z.ZodType<T>, value: unknown, field: string): T => {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0];
  throw new StorageError('invalid', `The client's ${field} are not valid.`, { [field]: first?.message ?? 'errors.invalid' });
};

const pickInput = (c: Client): ClientInput => ({
  name: c.name,
  color: c.color,
  channels: c.channels,
  timeZone: c.timeZone,
  weekStartsOn: c.weekStartsOn,
  language: c.language,
  // A client stored before countries existed keeps no country field (an edit adds none).
  ...(c.country !== undefined ? { country: c.country } : {}),
});

/** Every readable client, archived ones included, by name. Unreadable rows are left in place. */
export const listClients = async (db: CadenceDb): Promise<Client[]> => {
  const rows = await db.clients.toArray();
  return rows
    .flatMap((row) => {
      const parsed = ClientSchema.safeParse(row);
      return parsed.success ? [parsed.data] : [];
    })
    .sort((a, b) => a.name.localeCompare(b.name));
};

/** Notes that a review pack was made for the client (its answers are then accepted), in one transaction. */
export const recordReviewPack = async (db: CadenceDb, id: string, record: PackRecord): Promise<Client> =>
  writeTx(db, ['clients'], async () => {
    const current = await db.clients.get(id);
    if (!current) throw new StorageError('not-found', 'This client no longer exists.');
    const next: Client = { ...current, reviewPacks: withPackRecord(current.reviewPacks, checked(PackRecordSchema, record, 'reviewPacks')) };
    await db.clients.put(next);
    return next;
  });

/** Notes that an answers file was applied (by its checksum), with who answered and their note on the period. */
export const recordReviewAnswers = async (db: CadenceDb, id: string, packId: string, answer: NonNullable<PackRecord['answers']>[number]): Promise<void> =>
  writeTx(db, ['clients'], async () => {
    const current = await db.clients.get(id);
    if (!current) throw new StorageError('not-found', 'This client no longer exists.');
    await db.clients.put({ ...current, reviewPacks: withAnswers(current.reviewPacks, packId, answer) });
  });

/**
 * Puts a client's settings back as they were before a save (the dialog's Undo), unless the client was
 * changed again since (`savedAt`: the version that save wrote), in this window or another.
 */
export const restoreClientSettings = async (db: CadenceDb, before: Client, savedAt: string): Promise<Client> =>
  writeTx(db, ['clients'], async () => {
    const current = await db.clients.get(before.id);
    if (!current) throw new StorageError('not-found', 'This client no longer exists.');
    if (current.updatedAt !== savedAt) throw new StorageError('conflict', 'The client was changed again since, so its settings were not put back.');
    // Packs recorded since the save stay: they are not settings.
    const next: Client = { ...before, archived: current.archived, reviewPacks: current.reviewPacks, updatedAt: nowIso() };
    await db.clients.put(next);
    return next;
  });
