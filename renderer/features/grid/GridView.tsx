/**
 * The Instagram grid preview (issue 18): the client's profile as it will look once the planned posts
 * are out, three to a row, the planned ones (newest first) above the published ones. Dragging a tile
 * onto another swaps their days and times: one change, one undo step.
 * Published posts are never moved: their day is when they went out, and swapping it would rewrite
 * the record (and the results tied to it). A drop involving one is refused with a message.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  pointerWithin,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
} from '@dnd-kit/core';
import { Square, RectangleVertical } from 'lucide-react';
import { compileFilter, type PostFilter } from '../../../shared/filters';
import { gridTiles, swapDates } from '../../../shared/grid';
import type { Day } from '../../../shared/dates';
import type { Client } from '../../../shared/model/client';
import type { Post } from '../../../shared/model/post';
import { versionsRead } from '../../db/conflicts';
import { useAllPosts, useDb, useSettings } from '../../db/hooks';
import { writeSetting } from '../../db/settings';
import { usePillarIndex } from '../filters/pillarIndex';
import { useGuard } from '../guard/useGuard';
import { useHistory } from '../history/History';
import { useToast } from '../toasts/Toasts';
import { useStorageErrors } from '../toasts/useStorageErrors';
import { GridTile, GridTileFace, type TileGuard } from './GridTile';
import { gridCoordinateGetter, postIdOfDrop } from './gridKeys';
import './grid.css';

/** The profile's latest published posts shown under the planned ones: four rows, enough to judge the look. */
export const PUBLISHED_SHOWN = 12;

export type GridRatio = '3:4' | '1:1';
export const readGridRatio = (stored: unknown): GridRatio => (stored === '1:1' ? '1:1' : '3:4');

const pointerOrNearest: CollisionDetection = (args) => (args.pointerCoordinates ? pointerWithin(args) : closestCenter(args));
const POINTER_OPTIONS = { activationConstraint: { distance: 5 } };
const NO_SENSORS: ReturnType<typeof useSensors> = [];
const NO_GUARD: TileGuard = { inStreak: false, warnings: [] };

type Props = {
  client: Client;
  filter: PostFilter;
  today: Day;
  readOnly: boolean;
  onEditPost: (id: string) => void;
};

const postOf = (data: unknown): Post | undefined => (data as { post?: Post } | undefined)?.post;

export const GridView = ({ client, filter, today, readOnly, onEditPost }: Props) => {
  const { t, i18n } = useTranslation();
  const db = useDb();
  const history = useHistory();
  const toast = useToast();
  const reportError = useStorageErrors();
  const pillarIndex = usePillarIndex();
  const stored = useSettings();
  // Applied at once, saved in the background (as the calendar's own choices are).
  const [chosenRatio, setChosenRatio] = useState<GridRatio | null>(null);
  const ratio = chosenRatio ?? readGridRatio(stored?.gridRatio);
  const setRatio = (next: GridRatio) => {
    setChosenRatio(next);
    void writeSetting(db, 'gridRatio', next);
  };

  const all = useAllPosts(client.id, true);
  const { planned, published } = useMemo(() => {
    const tiles = gridTiles((all ?? []).filter(compileFilter(filter, pillarIndex)));
    return {
      planned: tiles.filter((p) => p.status !== 'published'),
      published: tiles.filter((p) => p.status === 'published').slice(0, PUBLISHED_SHOWN),
    };
  }, [all, filter, pillarIndex]);

  // The guard over the days the grid shows, the same analysis the month's cards and panel read.
  const shown = [...planned, ...published];
  const days = shown.map((p) => p.date ?? today).sort();
  const guard = useGuard(client, days[0] ?? today, days.at(-1) ?? today, today);
  const language = i18n.language.startsWith('fr') ? 'fr' : 'en';
  const guardOf = useMemo(() => {
    const byPost = new Map<string, string[]>();
    for (const warning of guard?.warnings ?? []) {
      for (const id of warning.postIds) byPost.set(id, [...(byPost.get(id) ?? []), warning.message[language]]);
    }
    return (id: string): TileGuard =>
      guard ? { inStreak: guard.streaks.has(id), warnings: byPost.get(id) ?? [] } : NO_GUARD;
  }, [guard, language]);

  // Made once: new options would make new sensors, hence new listeners on every tile, at each render.
  const [keyboard] = useState(() => ({
    coordinateGetter: gridCoordinateGetter(),
    keyboardCodes: { start: ['Space'], end: ['Space', 'Enter'], cancel: ['Escape'] },
    scrollBehavior: 'auto' as const,
  }));
  const sensors = useSensors(useSensor(PointerSensor, POINTER_OPTIONS), useSensor(KeyboardSensor, keyboard));
  const [active, setActive] = useState<Post | null>(null);

  /** Why a drop of `a` on `b` changes nothing, or null when it swaps them. */
  const refusal = (a: Post, b: Post | undefined): string | null => {
    if (!b || a.id === b.id) return t('grid.notSwapped', { title: a.title });
    if (b.status === 'published' || a.status === 'published') return t('grid.publishedRefused', { title: (b.status === 'published' ? b : a).title });
    return null;
  };
  const overPost = (id: unknown) => shown.find((p) => p.id === postIdOfDrop(id));

  const announcements: Announcements = {
    onDragStart: ({ active: a }) => t('grid.picked', { title: postOf(a.data.current)?.title ?? '' }),
    onDragOver: ({ active: a, over }) => {
      const title = postOf(a.data.current)?.title ?? '';
      const other = overPost(over?.id);
      // Over its own place (as when just picked up): the pick's instructions stay the last thing said.
      if (other?.id === a.id) return undefined;
      return other ? t('grid.over', { title, other: other.title }) : t('grid.outside', { title });
    },
    onDragEnd: ({ active: a, over }) => {
      const post = postOf(a.data.current);
      if (!post) return undefined;
      const other = overPost(over?.id);
      return refusal(post, other) ?? t('grid.swapped', { title: post.title, other: other?.title ?? '' });
    },
    onDragCancel: ({ active: a }) => t('grid.cancelled', { title: postOf(a.data.current)?.title ?? '' }),
  };

  const onDragEnd = async (event: DragEndEvent) => {
    setActive(null);
    const post = postOf(event.active.data.current);
    if (!post) return;
    const other = overPost(event.over?.id);
    if (!other || other.id === post.id) return;
    const refused = refusal(post, other);
    if (refused) {
      toast.show({ message: refused });
      return;
    }
    // The same day and time: the swap would change nothing, so no empty undo step.
    if (post.date === other.date && post.time === other.time) return;
    try {
      const applied = await history.commit(
        { upserts: swapDates(post, other), deletes: [], read: versionsRead([post, other]) },
        t('grid.swapLabel', { count: 2 }),
      );
      toast.show({
        message: t('grid.swapped', { title: post.title, other: other.title }),
        action: { label: t('editor.undo'), run: () => void history.undoIfLatest(applied) },
      });
    } catch (error) {
      reportError(error);
    }
  };

  // A pillar of the post's own client; an id the client no longer has is no colour.
  const pillarColor = (post: Post) => {
    const found = pillarIndex.get(post.pillar ?? '');
    return found && found.clientId === post.clientId ? found.color : undefined;
  };
  const tile = (post: Post) => (
    <li key={post.id} className="grid-cell">
      <GridTile
        post={post}
        pillarColor={pillarColor(post)}
        guard={guardOf(post.id)}
        movable={!readOnly && post.status !== 'published'}
        onOpen={onEditPost}
      />
    </li>
  );

  return (
    <div className={`grid-view grid-ratio-${ratio === '1:1' ? 'square' : 'portrait'}`}>
      <div className="grid-head">
        <p className="grid-hint">{t('grid.hint', { client: client.name })}</p>
        <div className="view-switch grid-ratio" role="radiogroup" aria-label={t('grid.ratio')}>
          {(['3:4', '1:1'] as const).map((value) => (
            <label key={value} className="segment">
              <input type="radio" name="grid-ratio" value={value} checked={ratio === value} onChange={() => setRatio(value)} />
              <span>
                {value === '3:4' ? <RectangleVertical size={14} aria-hidden="true" /> : <Square size={14} aria-hidden="true" />} {t(`grid.ratio_${value === '3:4' ? 'portrait' : 'square'}`)}
              </span>
            </label>
          ))}
        </div>
      </div>
      <DndContext
        sensors={readOnly ? NO_SENSORS : sensors}
        collisionDetection={pointerOrNearest}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t('grid.instructions') } }}
        onDragStart={(event) => setActive(postOf(event.active.data.current) ?? null)}
        onDragEnd={(event) => void onDragEnd(event)}
        onDragCancel={() => setActive(null)}
      >
        {all !== undefined && shown.length === 0 && <p className="banner banner-info">{t('grid.empty')}</p>}
        {planned.length > 0 && (
          <ol className="grid-tiles" aria-label={t('grid.planned')}>
            {planned.map(tile)}
          </ol>
        )}
        {published.length > 0 && (
          <>
            <h2 className="grid-divider">{t('grid.published')}</h2>
            <ol className="grid-tiles" aria-label={t('grid.published')}>
              {published.map(tile)}
            </ol>
          </>
        )}
        <DragOverlay dropAnimation={null}>
          {active ? (
            <div className="grid-tile grid-tile-dragging">
              <GridTileFace post={active} pillarColor={pillarColor(active)} guard={guardOf(active.id)} />
            </div>
          ) : null}
        </DragOverlay>
      </DndContext>
    </div>
  );
};
