import type { WeekStart } from '../../../shared/model/enums';
import type { Post, PostInput } from '../../../shared/model/post';
import type { SeriesRule } from '../../../shared/series';
import type { CadenceDb } from '../../db/database';
import { newId, nowIso } from '../../db/ids';
import { seriesPosts } from '../../db/posts';
import { createSeries, saveInSeries, type Change, type SeriesScope } from './seriesEdit';

type Saving = { post: Post | null; input: PostInput; rule: SeriesRule | null; scope: SeriesScope; weekStartsOn: WeekStart };

/** What the editor's Save writes: the edited post (and its series, by scope), a new series, or one new post. */
export const changeFor = async (db: CadenceDb, { post, input, rule, scope, weekStartsOn }: Saving): Promise<Change> => {
  const now = nowIso();
  const make = { id: newId, now };
  if (post) {
    const siblings = post.series ? await seriesPosts(db, post.clientId, post.series.id) : [];
    return saveInSeries(post, input, rule, scope, siblings, weekStartsOn, make);
  }
  if (rule && input.date) return { upserts: createSeries(input, rule, weekStartsOn, make), deletes: [] };
  return { upserts: [{ ...input, id: newId(), createdAt: now, updatedAt: now }], deletes: [] };
};
