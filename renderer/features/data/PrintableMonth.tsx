import { useMemo } from 'react';
import { createPortal } from 'react-dom';
import { format } from 'date-fns';
import { useTranslation } from 'react-i18next';
import { compareTimes, dayToDate, monthGrid, monthOf, type Month } from '../../../shared/dates';
import type { Client } from '../../../shared/model/client';
import type { WeekStart } from '../../../shared/model/enums';
import type { Post } from '../../../shared/model/post';
import { dateLocale } from '../../i18n/i18n';
import './print.css';

export type PrintableMonthProps = {
  month: Month;
  /** The client printed, or null for every client (each post then names its client). */
  client: Client | null;
  clients: readonly Client[];
  posts: readonly Post[];
  weekStartsOn: WeekStart;
};

/**
 * A month as it prints: a plain grid, every post of every day written out (no "+N more"), the client
 * and the month as the header, in black on white (tone and status are words, not colours). It is
 * rendered into <body> beside the app while printing; print.css hides everything else on paper.
 */
export const PrintableMonth = ({ month, client, clients, posts, weekStartsOn }: PrintableMonthProps) => {
  const { t, i18n } = useTranslation();
  const locale = dateLocale(i18n.language);
  const weeks = useMemo(() => monthGrid(month, weekStartsOn), [month, weekStartsOn]);
  const names = useMemo(() => new Map(clients.map((c) => [c.id, c.name])), [clients]);
  const byDay = useMemo(() => {
    const map = new Map<string, Post[]>();
    for (const post of posts) {
      if (!post.date) continue;
      map.set(post.date, [...(map.get(post.date) ?? []), post]);
    }
    for (const list of map.values()) list.sort((a, b) => compareTimes(a.time, b.time) || a.title.localeCompare(b.title));
    return map;
  }, [posts]);
  const title = format(dayToDate(`${month}-01`), 'LLLL yyyy', { locale });
  const count = posts.filter((p) => p.date && monthOf(p.date) === month).length;

  return createPortal(
    <div className="print-root" data-testid="printable-month">
      <header className="print-head">
        <h1>{client ? client.name : t('allClients.label')}</h1>
        <p>
          <strong>{title}</strong> · {t('data.print.count', { count })}
        </p>
      </header>
      <table className="print-month">
        <thead>
          <tr>
            {weeks[0]?.map((day) => (
              <th key={day} scope="col">
                {format(dayToDate(day), 'EEEE', { locale })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]}>
              {week.map((day) => {
                const inMonth = monthOf(day) === month;
                const list = inMonth ? (byDay.get(day) ?? []) : [];
                return (
                  <td key={day} className={inMonth ? '' : 'print-outside'}>
                    <div className="print-day">{format(dayToDate(day), 'd', { locale })}</div>
                    {list.length > 0 && (
                      <ul>
                        {list.map((post) => (
                          <li key={post.id}>
                            {post.time && <span className="print-time">{post.time} </span>}
                            <strong>{post.title}</strong>
                            <span className="print-meta">
                              {!client && `${names.get(post.clientId) ?? ''} · `}
                              {t(`channel.${post.channel}`)} · {t(`format.${post.format}`)} · {t(`status.${post.status}`)}
                            </span>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>,
    document.body,
  );
};
