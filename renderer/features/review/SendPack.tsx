import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { format, endOfMonth, startOfMonth } from 'date-fns';
import type { Client } from '../../../shared/model/client';
import { NO_APPROVAL } from '../../../shared/model/approval';
import type { Post } from '../../../shared/model/post';
import { buildReviewPack, packData, packPosts } from '../../../shared/review';
import { getBridge } from '../../bridge/bridge';
import { recordReviewPack } from '../../db/clients';
import { versionsRead } from '../../db/conflicts';
import { useDb } from '../../db/hooks';
import { allPosts } from '../../db/posts';
import { newId } from '../../db/ids';
import { Field } from '../../ui/Field';
import { useHistory } from '../history/History';
import { useToast } from '../toasts/Toasts';
import { useStorageErrors } from '../toasts/useStorageErrors';
import { withApprovalState } from './approvalChange';
import { PackHistory } from './PackHistory';
import { packThumbnails } from './packThumbnails';

type Props = { clients: readonly Client[]; currentClientId: string | null; now: () => Date };

const day = (d: Date) => format(d, 'yyyy-MM-dd');

/**
 * Send for review: one client's month (or any range) as one self-contained HTML file the client opens
 * in a browser (shared/review). Once the file is saved, the posts in it not yet approved go "to
 * review" (one undo step) and the pack is recorded on the client, so its answers are accepted later.
 */
export const SendPack = ({ clients, currentClientId, now }: Props) => {
  const { t } = useTranslation();
  const id = useId();
  const db = useDb();
  const history = useHistory();
  const toast = useToast();
  const reportError = useStorageErrors();
  const live = clients.filter((c) => !c.archived);
  const [clientId, setClientId] = useState(() => (live.some((c) => c.id === currentClientId) ? currentClientId : live[0]?.id) ?? '');
  const client = live.find((c) => c.id === clientId) ?? null;
  const [from, setFrom] = useState(() => day(startOfMonth(now())));
  const [to, setTo] = useState(() => day(endOfMonth(now())));
  const [language, setLanguage] = useState<'en' | 'fr' | null>(null);
  const [status, setStatus] = useState<{ text: string; tone: 'info' | 'error' } | null>(null);
  const [busy, setBusy] = useState(false);

  const send = async () => {
    if (!client) return;
    if (!from || !to || from > to) {
      setStatus({ text: t('review.send.badRange'), tone: 'error' });
      return;
    }
    setBusy(true);
    setStatus(null);
    try {
      const posts = await allPosts(db, client.id);
      const range = { from, to };
      const shown = packPosts({ client, posts, range });
      if (shown.length === 0) {
        setStatus({ text: t('review.send.empty'), tone: 'error' });
        return;
      }
      const thumbnails = await packThumbnails(db, shown);
      const input = { client, posts, range, language: language ?? client.language, packId: newId(), createdAt: now().toISOString(), thumbnails };
      const html = buildReviewPack(input);
      const name = packData(input).fileName.replace(/^cadence-answers-/, 'cadence-review-').replace(/\.json$/, '.html');
      const saved = await getBridge().saveFile({ suggestedName: name, filters: [{ name: t('review.send.fileKind'), extensions: ['html'] }], data: html });
      if (!saved.saved) return;
      await recordReviewPack(db, client.id, { id: input.packId, from, to, createdAt: input.createdAt, posts: shown.length });
      await markToReview(shown);
      setStatus({ text: t('review.send.saved', { count: shown.length }), tone: 'info' });
    } catch (error) {
      reportError(error);
      setStatus({ text: t('review.send.failed'), tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  /** Posts not approved (or approved for an older version) go "to review", as one undo step. */
  const markToReview = async (shown: readonly Post[]) => {
    const changed = shown.filter((p) => {
      const a = p.approval ?? NO_APPROVAL;
      return a.state !== 'review' && (a.state !== 'approved' || a.changedAfterReview);
    });
    if (changed.length === 0) return;
    const applied = await history.commit(
      { upserts: changed.map((p) => withApprovalState(p, 'review')), deletes: [], read: versionsRead(changed) },
      t('history.sentForReview', { count: changed.length }),
    );
    toast.show({ message: t('review.send.marked', { count: changed.length }), action: { label: t('editor.undo'), run: () => void history.undoIfLatest(applied) } });
  };

  if (live.length === 0) return <p className="field-hint">{t('review.send.noClient')}</p>;
  return (
    <section className="review-send" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('review.send.title')}</h3>
      <p className="field-hint">{t('review.send.intro')}</p>
      <div className="review-fields">
        <Field label={t('review.send.client')}>
          <select value={clientId} onChange={(e) => setClientId(e.target.value)}>
            {live.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('review.send.from')}>
          <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </Field>
        <Field label={t('review.send.to')}>
          <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </Field>
        <Field label={t('review.send.language')}>
          <select value={language ?? client?.language ?? 'en'} onChange={(e) => setLanguage(e.target.value as 'en' | 'fr')}>
            <option value="en">{t('language.en')}</option>
            <option value="fr">{t('language.fr')}</option>
          </select>
        </Field>
      </div>
      <button type="button" className="primary-button" disabled={busy || !client} onClick={() => void send()}>
        {t('review.send.save')}
      </button>
      {status && (
        <p className={status.tone === 'error' ? 'field-error' : 'field-hint'} role="status">
          {status.text}
        </p>
      )}
      <PackHistory client={client} />
    </section>
  );
};
