/**
 * What saving or deleting a post of a series writes, as one change: pure, so it is tested without a
 * database. "This post only" touches the post; "this and following" touches every occurrence on its day
 * or later, and, when the rule or the day changed, replaces them with a new series from that day.
 */
import { expandSeries, splitSeries, type SeriesRule } from '../../../shared/series';
import type { WeekStart } from '../../../shared/model/enums';
import type { Post, PostInput } from '../../../shared/model/post';

export type SeriesScope = 'one' | 'following';
export type Change = { upserts: Post[]; deletes: string[] };
type Make = { id: () => string; now: string };

/** New posts for every day of a new series, the first carrying the editor's own input. */
export const createSeries = (input: PostInput, rule: SeriesRule, weekStartsOn: WeekStart, make: Make): Post[] => {
  const start = input.date!;
  const series = { id: make.id(), rule, start };
  return expandSeries(rule, start, weekStartsOn).map((date) => ({
    ...input,
    id: make.id(),
    date,
    series,
    createdAt: make.now,
    updatedAt: make.now,
  }));
};

const sameRule = (a: SeriesRule | null, b: SeriesRule | null) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Saving `post` (edited into `input`, with `rule` from the editor, null for "does not repeat") with a
 * scope. `siblings` are all the posts of its series.
 */
export const saveInSeries = (
  post: Post,
  input: PostInput,
  rule: SeriesRule | null,
  scope: SeriesScope,
  siblings: readonly Post[],
  weekStartsOn: WeekStart,
  make: Make,
): Change => {
  const current = post.series;
  if (!current || scope === 'one') {
    // A single post, or one occurrence edited on its own: it keeps its place in the series.
    if (!current && rule && input.date) {
      const created = createSeries(input, rule, weekStartsOn, make);
      return { upserts: created, deletes: [post.id] };
    }
    return { upserts: [{ ...post, ...input, series: current }], deletes: [] };
  }
  const fromDay = post.date ?? current.start;
  const following = siblings.filter((p) => p.date !== null && p.date >= fromDay && p.id !== post.id);
  const earlier = siblings.filter((p) => p.date !== null && p.date < fromDay);
  const cut = splitSeries(current.rule, current.start, fromDay, weekStartsOn);
  // Earlier occurrences keep their series, whose rule now ends before this day.
  const kept = cut.before ? earlier.map((p) => ({ ...p, series: { ...current, rule: cut.before! } })) : earlier;

  if (!sameRule(rule, current.rule) || input.date !== post.date) {
    const replaced = rule && input.date ? createSeries(input, rule, weekStartsOn, make) : [{ ...post, ...input, series: null }];
    return { upserts: [...kept, ...replaced], deletes: [post.id, ...following.map((p) => p.id)].filter((id) => !replaced.some((r) => r.id === id)) };
  }
  // Same rule, same day: the new fields go to this one and the following ones, each on its own day.
  // Each occurrence keeps its own day, series and backlog position.
  const { date: _date, series: _series, order: _order, ...fields } = input;
  const updated = [post, ...following].map((p) => ({ ...p, ...fields }));
  return { upserts: [...kept, ...updated], deletes: [] };
};

/** Deleting `post` alone, or it and every later occurrence. */
export const deleteInSeries = (post: Post, scope: SeriesScope, siblings: readonly Post[]): Change => {
  if (!post.series || scope === 'one') return { upserts: [], deletes: [post.id] };
  const fromDay = post.date ?? post.series.start;
  const ids = siblings.filter((p) => p.id === post.id || (p.date !== null && p.date >= fromDay)).map((p) => p.id);
  return { upserts: [], deletes: [...new Set([post.id, ...ids])] };
};
