import { NO_APPROVAL, type Approval, type ApprovalComment } from '../model/approval';
import type { Post } from '../model/post';
import { canonicalJson } from '../serializers/canonicalJson';
import { jsonErrorPosition } from '../serializers/jsonPosition';
import { escapeControls } from '../serializers/safeText';
import { postRevision } from './revision';
import { DECISIONS_FORMAT, DECISIONS_VERSION, DecisionsFileSchema, clientCommentId, decisionsChecksum, type DecisionsFile, type PostDecision } from './decisions';

/**
 * Reading a decisions file back (issue 17): every problem found, named, before anything is written;
 * or a plan — per post the Approval to store — that the caller shows as a summary and applies in one
 * transaction. Pure: the caller passes the posts as they are now and the packs this Cadence made.
 *
 * "Changed after review" compares the file's revision with the post's content fingerprint now
 * (revision.ts: NOT `updatedAt`, which every write moves, marking "to review" and this very import
 * included).
 * TRAP (applying twice): a post already approved stays as it is, and client comments carry an id
 * derived from pack, post, text and time (clientCommentId), so a comment already in the thread is not
 * added again. The second import of a file therefore yields no update at all.
 */

/** An i18n-style message: a key under `review.import.*` and the values it names (escaped text). */
export type DecisionsProblem = { key: DecisionsProblemKey; values: Record<string, string | number> };

export const DECISIONS_PROBLEM_KEYS = [
  'review.import.empty',
  'review.import.notJson',
  'review.import.notDecisions',
  'review.import.version',
  'review.import.invalidField',
  'review.import.checksum',
  'review.import.unknownPack',
  'review.import.otherClient',
  'review.import.duplicatePost',
  'review.import.postDeleted',
  'review.import.postOtherClient',
] as const;
export type DecisionsProblemKey = (typeof DECISIONS_PROBLEM_KEYS)[number];

export type PostUpdate = { postId: string; title: string; before: Approval; approval: Approval };

export type DecisionsSummary = {
  approved: number;
  changes: number;
  changedAfterReview: number;
  /** The client's comments on posts that exist, with whether each is new to the post's thread. */
  comments: Array<{ postId: string; title: string; author: string; text: string; at: string; isNew: boolean }>;
  /** The comment on the whole period, if any (the model has no place for it: the caller shows it). */
  monthComment: string | null;
};

export type DecisionsPlan = {
  packId: string;
  clientId: string;
  reviewer: string;
  savedAt: string;
  /** The file's checksum: an id for this very file (same file, same id). */
  fileId: string;
  /** Only the posts whose approval changes; empty when the file was already applied. */
  updates: PostUpdate[];
  summary: DecisionsSummary;
  /** What is left out but does not stop the rest: posts deleted since, or now another client's. */
  warnings: DecisionsProblem[];
};

export type DecisionsReading = { ok: false; problems: DecisionsProblem[] } | { ok: true; plan: DecisionsPlan };

export type ReadDecisionsOptions = {
  /** Packs this Cadence made: pack id → client id. Missing: not checked (the caller keeps no record). */
  knownPacks?: ReadonlyMap<string, string> | Readonly<Record<string, string>>;
  /** The posts as they are now, by id. */
  posts: ReadonlyMap<string, Post>;
};

const problem = (key: DecisionsProblemKey, values: Record<string, string | number> = {}): DecisionsProblem => ({
  key,
  values: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === 'string' ? escapeControls(v) : v])),
});

const fieldPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out === '' ? String(part) : `${out}.${String(part)}`), '');

const knownClient = (known: ReadDecisionsOptions['knownPacks'], packId: string): string | undefined =>
  known === undefined ? undefined : known instanceof Map ? known.get(packId) : (known as Readonly<Record<string, string>>)[packId];

const hasPack = (known: NonNullable<ReadDecisionsOptions['knownPacks']>, packId: string): boolean =>
  known instanceof Map ? known.has(packId) : Object.prototype.hasOwnProperty.call(known, packId);

/** The approval a post gets from the file's answer about it (see the module's TRAP). */
export const nextApproval = (file: Pick<DecisionsFile, 'packId' | 'reviewer'>, entry: PostDecision, post: Post): Approval => {
  const current = post.approval ?? NO_APPROVAL;
  const known = new Set(current.comments.map((c) => c.id));
  const added: ApprovalComment[] = [];
  for (const comment of entry.comments) {
    const id = clientCommentId(file.packId, post.id, comment);
    if (known.has(id)) continue;
    known.add(id);
    added.push({ id, author: file.reviewer, at: comment.at, text: comment.text, kind: 'client' });
  }
  let { state, changedAfterReview } = current;
  if (entry.decision === 'approved') {
    const alreadyApproved = current.state === 'approved' && !current.changedAfterReview;
    if (!alreadyApproved) {
      // An approval of an older version is not an approval of this one: it waits for review again.
      const stale = entry.revision !== postRevision(post);
      state = stale ? 'review' : 'approved';
      changedAfterReview = stale;
    }
  } else if (entry.decision === 'changes') {
    state = 'changes';
    changedAfterReview = false;
  }
  return { state, changedAfterReview, comments: [...current.comments, ...added] };
};

/** Reads a decisions file's text against the posts as they are now (see the module comment). */
export const readDecisions = (text: string, options: ReadDecisionsOptions): DecisionsReading => {
  if (text.trim() === '') return { ok: false, problems: [problem('review.import.empty')] };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const at = jsonErrorPosition(text, error);
    return { ok: false, problems: [problem('review.import.notJson', at ? { line: at.line, column: at.column } : { line: 1, column: 1 })] };
  }
  const record = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : null;
  if (!record || record.format !== DECISIONS_FORMAT) return { ok: false, problems: [problem('review.import.notDecisions')] };
  if (record.version !== DECISIONS_VERSION) {
    return { ok: false, problems: [problem('review.import.version', { version: String(record.version), supported: DECISIONS_VERSION })] };
  }
  // The checksum first: a hand-edited file is named as such, whatever else is wrong in it.
  if (typeof record.checksum !== 'string' || record.checksum !== decisionsChecksum(record)) {
    return { ok: false, problems: [problem('review.import.checksum')] };
  }
  const parsed = DecisionsFileSchema.safeParse(record);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 20).map((issue) => problem('review.import.invalidField', { field: fieldPath(issue.path) || 'file' }));
    return { ok: false, problems };
  }
  const file = parsed.data;
  const problems: DecisionsProblem[] = [];
  if (options.knownPacks !== undefined) {
    if (!hasPack(options.knownPacks, file.packId)) problems.push(problem('review.import.unknownPack', { packId: file.packId }));
    else if (knownClient(options.knownPacks, file.packId) !== file.clientId) problems.push(problem('review.import.otherClient', { packId: file.packId }));
  }
  const seen = new Set<string>();
  for (const entry of file.posts) {
    if (seen.has(entry.id)) problems.push(problem('review.import.duplicatePost', { postId: entry.id }));
    seen.add(entry.id);
  }
  if (problems.length > 0) return { ok: false, problems };

  const warnings: DecisionsProblem[] = [];
  const updates: PostUpdate[] = [];
  const summary: DecisionsSummary = { approved: 0, changes: 0, changedAfterReview: 0, comments: [], monthComment: file.month?.comment ?? null };
  for (const entry of file.posts) {
    const post = options.posts.get(entry.id);
    if (!post) {
      warnings.push(problem('review.import.postDeleted', { postId: entry.id }));
      continue;
    }
    if (post.clientId !== file.clientId) {
      warnings.push(problem('review.import.postOtherClient', { postId: entry.id, title: post.title }));
      continue;
    }
    const before = post.approval ?? NO_APPROVAL;
    const approval = nextApproval(file, entry, post);
    if (entry.decision === 'changes') summary.changes += 1;
    else if (entry.decision === 'approved') {
      if (approval.changedAfterReview) summary.changedAfterReview += 1;
      else summary.approved += 1;
    }
    const knownIds = new Set(before.comments.map((c) => c.id));
    for (const comment of entry.comments) {
      const isNew = !knownIds.has(clientCommentId(file.packId, post.id, comment));
      summary.comments.push({ postId: post.id, title: post.title, author: file.reviewer, text: comment.text, at: comment.at, isNew });
    }
    if (canonicalJson(approval) !== canonicalJson(before)) updates.push({ postId: post.id, title: post.title, before, approval });
  }
  return {
    ok: true,
    plan: { packId: file.packId, clientId: file.clientId, reviewer: file.reviewer, savedAt: file.savedAt, fileId: file.checksum, updates, summary, warnings },
  };
};
