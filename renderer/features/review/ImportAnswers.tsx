import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../shared/model/client';
import type { Post } from '../../../shared/model/post';
import { readDecisions, type DecisionsPlan, type DecisionsProblem } from '../../../shared/review';
import { answersApplied, resolvePackRecords } from '../../../shared/review/packRecord';
import { detectText } from '../../../shared/serializers/textEncoding';
import { getBridge } from '../../bridge/bridge';
import { listClients, recordReviewAnswers } from '../../db/clients';
import { versionsRead } from '../../db/conflicts';
import type { CadenceDb } from '../../db/database';
import { useDb } from '../../db/hooks';
import { allPosts } from '../../db/posts';
import { useHistory } from '../history/History';
import { useToast } from '../toasts/Toasts';
import { useStorageErrors } from '../toasts/useStorageErrors';

type Props = {
  clients: readonly Client[];
  /** A file dropped on the window, already read (readAnswersFile): shown at once. */
  dropped?: AnswersStage | null;
  onApplied?: () => void;
};

export type AnswersStage =
  | { step: 'idle' }
  | { step: 'problems'; name: string; problems: DecisionsProblem[] }
  | { step: 'summary'; name: string; plan: DecisionsPlan; posts: Map<string, Post>; applied: boolean };

/** Reads an answers file against the store as it is now: what it would change, or why it cannot apply. */
export const readAnswersFile = async (db: CadenceDb, name: string, text: string): Promise<AnswersStage> => {
  const posts = new Map((await allPosts(db, null)).map((p) => [p.id, p]));
  // From the store, not props: a pack recorded a moment ago (or in another window) counts.
  const stored = await listClients(db);
  const knownPacks = new Map(stored.flatMap((c) => resolvePackRecords(c.reviewPacks).map((r) => [r.id, c.id] as const)));
  const reading = readDecisions(text, { posts, knownPacks });
  if (!reading.ok) return { step: 'problems', name, problems: reading.problems };
  const records = stored.flatMap((c) => resolvePackRecords(c.reviewPacks));
  return { step: 'summary', name, plan: reading.plan, posts, applied: answersApplied(records, reading.plan.packId, reading.plan.fileId) };
};

/**
 * The client's answers coming back (a decisions file saved from a review pack): checked (format,
 * checksum, a pack this Cadence made for that client, posts that still exist), summarised, and only
 * then applied, in one transaction and one undo step. A file applied already changes nothing.
 */
export const ImportAnswers = ({ clients, dropped = null, onApplied }: Props) => {
  const { t } = useTranslation();
  const id = useId();
  const db = useDb();
  const history = useHistory();
  const toast = useToast();
  const reportError = useStorageErrors();
  const [stage, setStage] = useState<AnswersStage>(() => dropped ?? { step: 'idle' });
  const [message, setMessage] = useState<string | null>(null);

  const read = async (name: string, text: string) => {
    setMessage(null);
    setStage(await readAnswersFile(db, name, text));
  };

  const choose = async () => {
    try {
      const opened = await getBridge().openFile({ filters: [{ name: t('review.import.fileKind'), extensions: ['json'] }] });
      if (!opened) return;
      if ('error' in opened) {
        setStage({ step: 'idle' });
        setMessage(t(opened.error === 'too-large' ? 'data.import.tooLarge' : 'data.import.unreadable', { name: opened.name }));
        return;
      }
      await read(opened.name, detectText(opened.bytes).text);
    } catch (error) {
      reportError(error);
    }
  };

  const apply = async (plan: DecisionsPlan, posts: Map<string, Post>) => {
    const rows = plan.updates.flatMap((u) => {
      const post = posts.get(u.postId);
      return post ? [{ post, next: { ...post, approval: u.approval } }] : [];
    });
    if (rows.length === 0) {
      setMessage(t('review.import.nothingNew'));
      setStage({ step: 'idle' });
      return;
    }
    try {
      const applied = await history.commit(
        { upserts: rows.map((r) => r.next), deletes: [], read: versionsRead(rows.map((r) => r.post)) },
        t('history.reviewAnswers', { reviewer: plan.reviewer }),
      );
      toast.show({ message: t('review.import.applied', { count: rows.length, reviewer: plan.reviewer }), action: { label: t('editor.undo'), run: () => void history.undoIfLatest(applied) } });
      // Noted on the pack: the same file met again is said to be applied (and who said what on the period kept).
      await recordReviewAnswers(db, plan.clientId, plan.packId, { fileId: plan.fileId, reviewer: plan.reviewer, savedAt: plan.savedAt, monthComment: plan.summary.monthComment });
      setStage({ step: 'idle' });
      onApplied?.();
    } catch (error) {
      // Changed in another window meanwhile: nothing was written; reading the file again shows the new state.
      reportError(error);
    }
  };

  const clientName = (clientId: string) => clients.find((c) => c.id === clientId)?.name ?? '';
  const again = stage.step === 'summary' && stage.applied && stage.plan.updates.length > 0;
  return (
    <section className="review-import" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('review.import.title')}</h3>
      <p className="field-hint">{t('review.import.intro')}</p>
      <button type="button" className="button" onClick={() => void choose()}>
        {t('review.import.choose')}
      </button>
      {message && (
        <p className="field-hint" role="status">
          {message}
        </p>
      )}
      {stage.step === 'problems' && (
        <div className="banner banner-warning" role="alert">
          <p>{t('review.import.refused', { name: stage.name })}</p>
          <ul>
            {stage.problems.map((p, i) => (
              <li key={i}>{t(p.key, p.values)}</li>
            ))}
          </ul>
        </div>
      )}
      {stage.step === 'summary' && (
        <div className="review-summary" role="group" aria-label={t('review.import.summaryLabel', { name: stage.name })}>
          <p>
            <strong>{t('review.import.from', { reviewer: stage.plan.reviewer, client: clientName(stage.plan.clientId) })}</strong>
          </p>
          <ul>
            <li>{t('review.import.approved', { count: stage.plan.summary.approved })}</li>
            <li>{t('review.import.changes', { count: stage.plan.summary.changes })}</li>
            {stage.plan.summary.changedAfterReview > 0 && <li>{t('review.import.stale', { count: stage.plan.summary.changedAfterReview })}</li>}
          </ul>
          {stage.plan.summary.monthComment && <p className="review-month-comment">{t('review.import.monthComment', { text: stage.plan.summary.monthComment })}</p>}
          {stage.plan.summary.comments.length > 0 && (
            <ul className="review-comments">
              {stage.plan.summary.comments.map((c, i) => (
                <li key={i}>
                  <strong>{c.title}</strong>: {c.text}
                  {!c.isNew && <span className="field-hint"> {t('review.import.already')}</span>}
                </li>
              ))}
            </ul>
          )}
          {stage.plan.warnings.length > 0 && (
            <ul className="review-warnings">
              {stage.plan.warnings.map((w, i) => (
                <li key={i}>{t(w.key, w.values)}</li>
              ))}
            </ul>
          )}
          {stage.plan.updates.length === 0 ? (
            <p role="status">{t('review.import.nothingNew')}</p>
          ) : stage.applied ? (
            // Applied before, and the posts moved on since (the team changed a state): applying again would undo that.
            <p role="status" className="banner banner-warning">{t('review.import.appliedBefore', { count: stage.plan.updates.length })}</p>
          ) : (
            <p>{t('review.import.willChange', { count: stage.plan.updates.length })}</p>
          )}
          <div className="review-actions">
            <button type="button" className="button" onClick={() => setStage({ step: 'idle' })}>
              {t('clients.cancel')}
            </button>
            <button
              type="button"
              className={again ? 'button' : 'primary-button'}
              disabled={stage.plan.updates.length === 0}
              onClick={() => void apply(stage.plan, stage.posts)}
            >
              {t(again ? 'review.import.applyAgain' : 'review.import.apply')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
};
