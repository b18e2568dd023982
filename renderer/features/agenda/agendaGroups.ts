import { monthOf, type Day, type Month } from '../../../shared/dates';
import type { Post } from '../../../shared/model/post';
import { daysIn } from '../calendar/periods';

/** Empty stretches at least this long get a "No posts from … to …" note; shorter ones just pass. */
export const MIN_GAP_DAYS = 3;

export type AgendaItem = { kind: 'day'; day: Day; posts: Post[] } | { kind: 'gap'; from: Day; to: Day };
/** Items of one month, in date order; a gap belongs to the month it starts in. */
export type AgendaMonth = { month: Month; items: AgendaItem[] };

/**
 * The agenda as months of days with posts, with notes for the long empty stretches between (and
 * before and after) them, so skipping empty days never hides that a week is bare. An empty range
 * gives no months: the view shows its empty state instead of one long gap.
 * Posts keep the order they come in (the app sorts them: untimed first, then time and title).
 */
export const agendaGroups = (posts: readonly Post[], from: Day, to: Day): AgendaMonth[] => {
  const byDay = new Map<Day, Post[]>();
  for (const post of posts) {
    if (!post.date || post.date < from || post.date > to) continue;
    const list = byDay.get(post.date);
    if (list) list.push(post);
    else byDay.set(post.date, [post]);
  }
  if (byDay.size === 0) return [];

  const items: AgendaItem[] = [];
  let empty: Day[] = [];
  const flushGap = () => {
    if (empty.length >= MIN_GAP_DAYS) items.push({ kind: 'gap', from: empty[0]!, to: empty[empty.length - 1]! });
    empty = [];
  };
  for (const day of daysIn({ from, to })) {
    const dayPosts = byDay.get(day);
    if (!dayPosts) {
      empty.push(day);
      continue;
    }
    flushGap();
    items.push({ kind: 'day', day, posts: dayPosts });
  }
  flushGap();

  const months: AgendaMonth[] = [];
  for (const item of items) {
    const month = monthOf(item.kind === 'day' ? item.day : item.from);
    const last = months[months.length - 1];
    if (last?.month === month) last.items.push(item);
    else months.push({ month, items: [item] });
  }
  return months;
};

/** The first line of a caption that says something, for a one-line preview. */
export const firstLine = (caption: string): string => {
  for (const line of caption.split('\n')) {
    const trimmed = line.trim();
    if (trimmed) return trimmed;
  }
  return '';
};
