import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { format, type Locale } from 'date-fns';
import { Plus } from 'lucide-react';
import type { Client } from '../../../shared/model/client';
import type { Post } from '../../../shared/model/post';
import { dayToDate, type Day } from '../../../shared/dates';
import { dateLocale } from '../../i18n/i18n';
import type { CalendarViewProps } from '../calendar/viewTypes';
import { agendaGroups } from './agendaGroups';
import { AgendaRow } from './AgendaRow';
import { proposalAsPost } from '../calendar/GhostCard';
import { usePlanGhosts } from '../plan/PlanContext';
import './agenda.css';

const formatDay = (day: Day, pattern: string, locale: Locale) => format(dayToDate(day), pattern, { locale });

/**
 * The period as a list to read: months (h2), then each day that has posts (h3) with its posts as rows
 * that open the editor. Empty days are skipped, but stretches of three or more get a short note, so a
 * bare week shows as bare. Rows are plain buttons: planning by dragging belongs to the month and week.
 */
export const AgendaView = (props: CalendarViewProps) => {
  const { client, clients, period, posts, today, readOnly, onAddPost, onEditPost } = props;
  const { t, i18n } = useTranslation();
  const locale = dateLocale(i18n.language);
  const plan = usePlanGhosts();
  // The planner's proposals are listed among the posts (as the posts they will be), marked as proposed.
  const ghostIds = useMemo(() => new Set([...(plan?.byDay.values() ?? [])].flat().map((p) => p.id)), [plan]);
  const months = useMemo(() => {
    const ghosts = [...(plan?.byDay.values() ?? [])].flat().map(proposalAsPost);
    const all = ghosts.length === 0 ? posts : [...posts, ...ghosts].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || (a.time ?? '').localeCompare(b.time ?? ''));
    return agendaGroups(all, period.from, period.to);
  }, [posts, plan, period.from, period.to]);
  // Only the All clients agenda names each post's client.
  const clientsById = useMemo(() => (client ? null : new Map(clients.map((c) => [c.id, c]))), [client, clients]);

  if (months.length === 0) {
    const range = { from: formatDay(period.from, 'd MMMM yyyy', locale), to: formatDay(period.to, 'd MMMM yyyy', locale) };
    const addDay = today >= period.from && today <= period.to ? today : period.from;
    return (
      <div className="agenda agenda-is-empty">
        <div className="empty-state agenda-empty">
          <h2>{t('agenda.emptyTitle')}</h2>
          <p>{t('agenda.emptyBody', range)}</p>
          {!readOnly && (
            <button type="button" className="primary-button" onClick={() => onAddPost(addDay)}>
              <Plus size={16} aria-hidden="true" /> {t('agenda.add')}
            </button>
          )}
        </div>
      </div>
    );
  }

  return (
    <div className="agenda">
      {months.map(({ month, items }) => (
        <section key={month} className="agenda-month" data-month={month}>
          <h2 className="agenda-month-title">{formatDay(`${month}-01`, 'LLLL yyyy', locale)}</h2>
          <ul className="agenda-days">
            {items.map((item) =>
              item.kind === 'gap' ? (
                <li key={`gap-${item.from}`} className="agenda-gap" data-gap-from={item.from} data-gap-to={item.to}>
                  {t('agenda.gap', { from: formatDay(item.from, 'EEE d MMM', locale), to: formatDay(item.to, 'EEE d MMM', locale) })}
                </li>
              ) : (
                <AgendaDay
                  key={item.day}
                  day={item.day}
                  label={formatDay(item.day, 'EEEE d MMMM', locale)}
                  when={item.day === today ? 'today' : item.day < today ? 'past' : 'future'}
                  posts={item.posts}
                  clientsById={clientsById}
                  readOnly={readOnly}
                  onAdd={onAddPost}
                  onOpen={onEditPost}
                  ghostIds={ghostIds}
                  onGhost={plan?.select}
                />
              ),
            )}
          </ul>
        </section>
      ))}
    </div>
  );
};

type DayProps = {
  day: Day;
  /** "Tuesday 24 November". */
  label: string;
  when: 'past' | 'today' | 'future';
  posts: readonly Post[];
  clientsById: ReadonlyMap<string, Client> | null;
  readOnly: boolean;
  onAdd: (day: Day) => void;
  onOpen: (id: string) => void;
  ghostIds: ReadonlySet<string>;
  onGhost: ((id: string) => void) | undefined;
};

const AgendaDay = memo(function AgendaDay({ day, label, when, posts, clientsById, readOnly, onAdd, onOpen, ghostIds, onGhost }: DayProps) {
  const { t } = useTranslation();
  return (
    <li className={`agenda-day agenda-day-${when}`} data-day={day} aria-current={when === 'today' ? 'date' : undefined}>
      <div className="agenda-day-head">
        <h3 className="agenda-day-title">
          <span className="agenda-day-label">{label}</span>
          {when === 'today' && <span className="agenda-today">{t('agenda.today')}</span>}
        </h3>
        {!readOnly && (
          <button type="button" className="ghost-button agenda-add" aria-label={t('agenda.addOn', { date: label })} onClick={() => onAdd(day)}>
            <Plus size={14} aria-hidden="true" /> {t('agenda.add')}
          </button>
        )}
      </div>
      <ul className="agenda-posts">
        {posts.map((post) => (
          <li key={post.id}>
            {ghostIds.has(post.id) && onGhost ? (
              <AgendaRow post={post} showClient={false} client={undefined} onOpen={onGhost} ghost />
            ) : (
              <AgendaRow post={post} showClient={clientsById !== null} client={clientsById?.get(post.clientId)} onOpen={onOpen} />
            )}
          </li>
        ))}
      </ul>
    </li>
  );
});
