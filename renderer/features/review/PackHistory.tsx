import { useTranslation } from 'react-i18next';
import type { Client } from '../../../shared/model/client';
import { resolvePackRecords } from '../../../shared/review/packRecord';

const dayFormat = (day: string, language: string) =>
  new Date(`${day}T12:00:00`).toLocaleDateString(language, { day: 'numeric', month: 'short', year: 'numeric' });

/**
 * The review packs sent to a client, newest first: the period, how many posts, and the answers
 * applied from each (who, when, and their note on the whole period, which has no post to live on).
 */
export const PackHistory = ({ client }: { client: Client | null }) => {
  const { t, i18n } = useTranslation();
  const records = resolvePackRecords(client?.reviewPacks).slice().reverse().slice(0, 12);
  if (!client || records.length === 0) return null;
  const when = (iso: string) => new Date(iso).toLocaleDateString(i18n.language, { day: 'numeric', month: 'short' });
  return (
    <section className="review-history" aria-label={t('review.history.title', { name: client.name })}>
      <h3>{t('review.history.title', { name: client.name })}</h3>
      <ul>
        {records.map((r) => (
          <li key={r.id}>
            <span>{t('review.history.pack', { from: dayFormat(r.from, i18n.language), to: dayFormat(r.to, i18n.language), count: r.posts, made: when(r.createdAt) })}</span>
            {(r.answers ?? []).length === 0 ? (
              <span className="field-hint"> {t('review.history.waiting')}</span>
            ) : (
              <ul>
                {(r.answers ?? []).map((a) => (
                  <li key={a.fileId}>
                    {t('review.history.answered', { reviewer: a.reviewer, at: when(a.savedAt) })}
                    {a.monthComment && <q className="review-month-comment">{a.monthComment}</q>}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
};
