import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { format } from 'date-fns';
import { AlarmClock, X } from 'lucide-react';
import { dayToDate, shiftDay, type Day } from '../../../shared/dates';
import type { Client } from '../../../shared/model/client';
import type { Post } from '../../../shared/model/post';
import type { UpNextItem } from '../../../shared/publishing/reminders';
import { dateLocale } from '../../i18n/i18n';
import { MediaMarks, mediaLabel } from '../../ui/MediaMarks';
import { PublishActions } from './PublishActions';
import { ReminderSettings } from './ReminderSettings';
import type { UpNext } from './useUpNext';
import './upNext.css';

type Props = {
  upNext: UpNext;
  clients: readonly Client[];
  today: Day;
  onOpenPost: (post: Post) => void;
};

/**
 * Up next: the posts due today and in the next 7 days (and the last week's still overdue), for one
 * client or all, in time order with their status, each with the publish helper; the reminders missed
 * while Cadence was closed; and the per-client reminder settings.
 */
export const UpNextDialog = ({ upNext, clients, today, onOpenPost }: Props) => {
  const { scope: clientId, setScope: onScope } = upNext;
  const { t, i18n } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const live = clients.filter((c) => !c.archived);
  const clientOf = (id: string) => clients.find((c) => c.id === id);
  const close = () => upNext.setOpen(false);

  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal?.();
  }, []);

  const dayLabel = (day: Day): string => {
    const date = format(dayToDate(day), 'EEEE d MMMM', { locale: dateLocale(i18n.language) });
    if (day === today) return t('upNext.today', { date });
    if (day === shiftDay(today, 1)) return t('upNext.tomorrow', { date });
    return date;
  };

  // By day (each post's day in its client's zone), days in order, posts in due order within a day.
  const byDay = new Map<Day, UpNextItem[]>();
  for (const item of upNext.items) byDay.set(item.day, [...(byDay.get(item.day) ?? []), item]);
  const groups = [...byDay.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([day, items]) => ({ day, items }));
  const overdue = upNext.items.filter((i) => i.overdue).length;
  const open = (post: Post) => {
    close();
    onOpenPost(post);
  };

  return (
    <dialog ref={ref} className="dialog up-next-dialog" aria-labelledby="up-next-title" onCancel={close} onClose={close}>
      <div className="up-next-head">
        <h2 id="up-next-title">
          <AlarmClock size={18} aria-hidden="true" /> {t('upNext.title')}
        </h2>
        <label className="up-next-scope">
          <span className="visually-hidden">{t('upNext.scope')}</span>
          <select value={clientId ?? ''} onChange={(e) => onScope(e.target.value === '' ? null : e.target.value)}>
            <option value="">{t('allClients.label')}</option>
            {live.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="icon-button" aria-label={t('upNext.close')} title={t('upNext.close')} onClick={close}>
          <X size={18} aria-hidden="true" />
        </button>
      </div>
      <div className="up-next-body">
        <p className="up-next-summary" role="status">
          {t('upNext.summary', { count: upNext.items.length })}
          {overdue > 0 && <> {t('upNext.overdueSummary', { count: overdue })}</>}
        </p>
        {upNext.missed.length > 0 && (
          <section className="up-next-missed" aria-labelledby="up-next-missed-title">
            <h3 id="up-next-missed-title">{t('upNext.missedTitle', { count: upNext.missed.length })}</h3>
            <ul>
              {upNext.missed.map((entry) => {
                const post = upNext.posts.get(entry.postId);
                return (
                  post && (
                    <li key={entry.postId}>
                      <button type="button" className="link-button" onClick={() => open(post)}>
                        {post.title}
                      </button>{' '}
                      <span className="up-next-meta">{`${clientOf(entry.clientId)?.name ?? ''} · ${entry.day} ${entry.time ?? ''}`}</span>
                    </li>
                  )
                );
              })}
            </ul>
            <button type="button" className="button button-small" onClick={upNext.dismissMissed}>
              {t('upNext.dismiss')}
            </button>
          </section>
        )}
        {groups.length === 0 && <p className="up-next-empty">{t('upNext.empty')}</p>}
        {groups.map((group) => (
          <section key={group.day} className="up-next-day" aria-label={dayLabel(group.day)}>
            <h3>{dayLabel(group.day)}</h3>
            <ul>
              {group.items.map((item) => {
                const post = upNext.posts.get(item.postId);
                const client = clientOf(item.clientId);
                if (!post || !client) return null;
                return (
                  <li key={item.postId} className={`up-next-row ${item.overdue ? 'up-next-overdue' : ''}`} data-post-id={post.id}>
                    <span className="up-next-time">{item.time ?? t('upNext.anyTime')}</span>
                    <div className={`up-next-main${post.media?.length ? ' up-next-main-media' : ''}`}>
                      <MediaMarks media={post.media} />
                      <button type="button" className="up-next-title" onClick={() => open(post)}>
                        <span className="client-dot" style={{ background: client.color }} aria-hidden="true" />
                        {post.title}
                      </button>
                      <span className="up-next-meta">
                        {clientId === null && <>{client.name} · </>}
                        {t(`channel.${post.channel}`)} · <span className={`up-next-status status-${post.status}`}>{t(`status.${post.status}`)}</span>
                        {item.overdue && <strong className="up-next-overdue-badge">{t('upNext.overdue')}</strong>}
                        {/* The marks on the thumbnail in words (issue 18), for screen readers. */}
                        {post.media?.length ? <span className="visually-hidden">{mediaLabel(t, post.media)}</span> : null}
                      </span>
                    </div>
                    <PublishActions post={post} readOnly={client.archived} />
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
        <ReminderSettings clients={clientId ? live.filter((c) => c.id === clientId) : live} />
      </div>
    </dialog>
  );
};

/** The toolbar's button: Up next with the count of posts due today or overdue. */
export const UpNextButton = ({ upNext }: { upNext: UpNext }) => {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className={`button up-next-button ${upNext.open ? 'button-active' : ''}`}
      aria-haspopup="dialog"
      title={t('upNext.buttonTitle', { count: upNext.count })}
      onClick={() => upNext.setOpen(true)}
    >
      {/* Icon and count only: the toolbar must keep one row at laptop widths (a second row shrinks the
          month's days, and a keyboard move then landed back on its own day). The name is in the label. */}
      <AlarmClock size={15} aria-hidden="true" /> <span className="visually-hidden">{t('upNext.button')}</span>
      <span className={`up-next-count ${upNext.count > 0 ? 'up-next-count-due' : ''}`}>{upNext.count}</span>
    </button>
  );
};
