import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_FILTER, type PostFilter } from '../../../shared/filters';
import type { Client } from '../../../shared/model/client';
import type { Post, PostInputDraft } from '../../../shared/model/post';
import { createClient } from '../../../renderer/db/clients';
import { createDb, openDb, type CadenceDb } from '../../../renderer/db/database';
import { DbProvider } from '../../../renderer/db/hooks';
import { createPost } from '../../../renderer/db/posts';
import { applyPostChange } from '../../../renderer/db/changes';
import { readSettings } from '../../../renderer/db/settings';
import { GridView } from '../../../renderer/features/grid/GridView';
import { HistoryProvider, useHistory, type HistoryApi } from '../../../renderer/features/history/History';
import { ToastProvider } from '../../../renderer/features/toasts/Toasts';
import { createI18n, type UiLanguage } from '../../../renderer/i18n/i18n';

// The Instagram grid preview (issue 18) on a real (fake-indexeddb) database, with the app's history.

let db: CadenceDb;
let client: Client;
let api: HistoryApi;
let counter = 0;
const Probe = () => {
  api = useHistory();
  return null;
};

const post = (over: Partial<PostInputDraft> & { title: string; date: string | null }): Promise<Post> =>
  createPost(db, {
    clientId: client.id, caption: '', time: null, channel: 'instagram', format: 'image', tone: 'serious', intent: 'informative',
    invitesParticipation: false, status: 'draft', tags: [], notes: '', ...over,
  });

beforeEach(async () => {
  db = createDb(`cadence-grid-${++counter}`);
  await openDb(db);
  client = await createClient(db, { name: 'Bloom', color: '#4f46e5', channels: ['instagram', 'linkedin'], timeZone: 'Europe/Paris', weekStartsOn: 1, language: 'en' });
});
afterEach(() => db.close());

const renderGrid = async (options: { filter?: PostFilter; language?: UiLanguage; readOnly?: boolean } = {}) => {
  const i18n = await createI18n(options.language ?? 'en');
  const opened: string[] = [];
  const ui = (
    <I18nextProvider i18n={i18n}>
      <DbProvider db={db}>
        <ToastProvider>
          <HistoryProvider>
            <Probe />
            <GridView client={client} filter={options.filter ?? EMPTY_FILTER} today="2026-11-24" readOnly={options.readOnly ?? false} onEditPost={(id) => opened.push(id)} />
          </HistoryProvider>
        </ToastProvider>
      </DbProvider>
    </I18nextProvider>
  );
  return { ...render(ui), opened };
};

/** The tiles' post ids in the order drawn. */
const tileOrder = (): string[] => [...document.querySelectorAll<HTMLElement>('.grid-tile[data-post-id]')].map((el) => el.dataset.postId!);
const stored = async (id: string) => (await db.posts.get(id)) as Post;

/**
 * jsdom lays nothing out: tiles get the rects a three-column grid would give them (100 × 130 px,
 * the published list starting on a row of its own), so dnd-kit's keyboard drag can find its way.
 */
const layOutTiles = () => {
  const original = HTMLElement.prototype.getBoundingClientRect;
  HTMLElement.prototype.getBoundingClientRect = function (this: HTMLElement) {
    const tile = this.closest<HTMLElement>('.grid-tile[data-post-id]');
    if (!tile || tile !== this) return original.call(this);
    const list = tile.closest('ol')!;
    const lists = [...document.querySelectorAll('ol.grid-tiles')];
    const rowsBefore = lists.slice(0, lists.indexOf(list)).reduce((n, l) => n + Math.ceil(l.querySelectorAll('.grid-tile').length / 3), 0);
    const i = [...list.querySelectorAll('.grid-tile')].indexOf(tile);
    const left = (i % 3) * 100;
    const top = (rowsBefore + Math.floor(i / 3)) * 130;
    return { left, top, width: 100, height: 130, right: left + 100, bottom: top + 130, x: left, y: top, toJSON: () => ({}) } as DOMRect;
  };
  return () => {
    HTMLElement.prototype.getBoundingClientRect = original;
  };
};

describe('the grid preview', () => {
  it('shows planned Instagram posts newest first above a Published divider, then the published ones', async () => {
    const a = await post({ title: 'Early December', date: '2026-12-01', time: '10:00' });
    const b = await post({ title: 'Later December', date: '2026-12-03' });
    const b2 = await post({ title: 'Same day, timed', date: '2026-12-03', time: '08:00' });
    const c = await post({ title: 'Out on the 20th', date: '2026-11-20', status: 'published' });
    const d = await post({ title: 'Out on the 22nd', date: '2026-11-22', status: 'published' });
    await post({ title: 'On LinkedIn', date: '2026-12-05', channel: 'linkedin' });
    await post({ title: 'An idea', date: null, status: 'idea' });
    await renderGrid();
    await waitFor(() => expect(tileOrder()).toEqual([b2.id, b.id, a.id, d.id, c.id]));
    const planned = screen.getByRole('list', { name: 'Planned posts' });
    const published = screen.getByRole('list', { name: 'Published' });
    expect(within(planned).getAllByRole('button')).toHaveLength(3);
    expect(within(published).getAllByRole('button')).toHaveLength(2);
    // The divider sits between the two lists.
    const divider = screen.getByRole('heading', { name: 'Published' });
    expect(planned.compareDocumentPosition(divider) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(divider.compareDocumentPosition(published) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // A tile without media is named by its title, day and status, and says it has no picture yet.
    // A tile without media is named by its title, day and status, says it has no picture yet, then
    // what the guard says of it (the same warnings as the month's guard panel), with a badge counting them.
    const early = screen.getByRole('button', { name: /^Early December, Tuesday 1 December at 10:00, Draft, no picture yet, / });
    expect(early.getAttribute('aria-label')).toContain('Image 5 times in a row on Instagram');
    expect(early.querySelector('.grid-tile-badges')?.textContent).toBe('3');
    expect(early).toHaveTextContent('Early December');
  });

  it('opens the post on click and on Enter', async () => {
    const a = await post({ title: 'Open me', date: '2026-12-01' });
    const user = userEvent.setup();
    const { opened } = await renderGrid();
    const tile = await screen.findByRole('button', { name: /^Open me,/ });
    await user.click(tile);
    tile.focus();
    await user.keyboard('{Enter}');
    expect(opened).toEqual([a.id, a.id]);
  });

  it('follows the filters: only matching posts are tiles', async () => {
    await post({ title: 'Croissant week', date: '2026-12-01' });
    await post({ title: 'Team photo', date: '2026-12-02', tone: 'playful' });
    await renderGrid({ filter: { ...EMPTY_FILTER, tones: ['playful'] } });
    expect(await screen.findByRole('button', { name: /^Team photo,/ })).toBeVisible();
    expect(screen.queryByRole('button', { name: /^Croissant week,/ })).toBeNull();
  });

  it('remembers the 1:1 tiles in the settings', async () => {
    await post({ title: 'Square me', date: '2026-12-01' });
    const user = userEvent.setup();
    const first = await renderGrid();
    expect(screen.getByRole('radio', { name: /3:4/ })).toBeChecked();
    expect(document.querySelector('.grid-view')).toHaveClass('grid-ratio-portrait');
    await user.click(screen.getByRole('radio', { name: /1:1/ }));
    expect(document.querySelector('.grid-view')).toHaveClass('grid-ratio-square');
    await waitFor(async () => expect((await readSettings(db)).gridRatio).toBe('1:1'));
    first.unmount();
    await renderGrid();
    await waitFor(() => expect(screen.getByRole('radio', { name: /1:1/ })).toBeChecked());
    expect(document.querySelector('.grid-view')).toHaveClass('grid-ratio-square');
  });
});

describe('swapping two tiles', () => {
  let restore: () => void;
  beforeEach(() => {
    restore = layOutTiles();
  });
  afterEach(() => restore());

  it('by keyboard (Space, arrow, Space) swaps their days and times in one undo step; Ctrl+Z puts both back', async () => {
    const a = await post({ title: 'First', date: '2026-12-01', time: '10:00' });
    const b = await post({ title: 'Second', date: '2026-12-03', time: null });
    await renderGrid();
    await waitFor(() => expect(tileOrder()).toEqual([b.id, a.id]));
    const tile = screen.getByRole('button', { name: /^Second,/ });
    tile.focus();
    fireEvent.keyDown(tile, { key: ' ', code: 'Space' });
    expect(await screen.findByText(/Picked up “Second”/)).toBeInTheDocument();
    fireEvent.keyDown(tile, { key: 'ArrowRight', code: 'ArrowRight' });
    expect(await screen.findByText('“Second” is over “First”.')).toBeInTheDocument();
    fireEvent.keyDown(tile, { key: ' ', code: 'Space' });
    await waitFor(async () => expect(await stored(b.id)).toMatchObject({ date: '2026-12-01', time: '10:00' }));
    expect(await stored(a.id)).toMatchObject({ date: '2026-12-03', time: null });
    expect((await screen.findAllByText('Swapped the days of “Second” and “First”.')).length).toBeGreaterThan(0);
    expect(api.canUndo).toBe(true);

    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    await waitFor(async () => expect(await stored(b.id)).toMatchObject({ date: '2026-12-03', time: null }));
    expect(await stored(a.id)).toMatchObject({ date: '2026-12-01', time: '10:00' });
    // One step: both posts came back with it, and nothing is left to undo.
    expect(api.canUndo).toBe(false);
    expect(await screen.findByText('Undone: swap 2 posts')).toBeInTheDocument();
  });

  it('refuses to swap with a published post, says why, and changes nothing', async () => {
    const planned = await post({ title: 'Planned', date: '2026-12-01' });
    const published = await post({ title: 'Went out', date: '2026-11-20', status: 'published' });
    await renderGrid();
    await waitFor(() => expect(tileOrder()).toEqual([planned.id, published.id]));
    const tile = screen.getByRole('button', { name: /^Planned,/ });
    tile.focus();
    fireEvent.keyDown(tile, { key: ' ', code: 'Space' });
    await screen.findByText(/Picked up “Planned”/);
    fireEvent.keyDown(tile, { key: 'ArrowDown', code: 'ArrowDown' });
    await screen.findByText('“Planned” is over “Went out”.');
    fireEvent.keyDown(tile, { key: ' ', code: 'Space' });
    const message = '“Went out” is published: its day is when it went out, so it is not swapped.';
    await waitFor(() => expect(screen.getAllByText(message).length).toBeGreaterThan(0));
    expect(await stored(planned.id)).toMatchObject({ date: '2026-12-01' });
    expect(await stored(published.id)).toMatchObject({ date: '2026-11-20' });
    expect(api.canUndo).toBe(false);
  });

  it('Escape cancels a keyboard swap, announced in French', async () => {
    const a = await post({ title: 'Premier', date: '2026-12-01' });
    const b = await post({ title: 'Second', date: '2026-12-03' });
    await renderGrid({ language: 'fr' });
    await waitFor(() => expect(tileOrder()).toEqual([b.id, a.id]));
    const tile = screen.getByRole('button', { name: /^Second,/ });
    tile.focus();
    fireEvent.keyDown(tile, { key: ' ', code: 'Space' });
    await screen.findByText(/« Second » sélectionnée/);
    fireEvent.keyDown(tile, { key: 'ArrowRight', code: 'ArrowRight' });
    await screen.findByText('« Second » est sur « Premier ».');
    fireEvent.keyDown(tile, { key: 'Escape', code: 'Escape' });
    await screen.findByText('Échange annulé : « Second » garde son jour.');
    await act(() => new Promise((r) => setTimeout(r, 50)));
    expect(await stored(b.id)).toMatchObject({ date: '2026-12-03' });
    expect(api.canUndo).toBe(false);
  });
});

describe('a long plan', () => {
  it('draws 400 planned tiles and the 12 latest published, and says how long it took', async () => {
    const first = await post({ title: 'Template', date: '2026-12-01' });
    const many: Post[] = Array.from({ length: 430 }, (_, i) => ({
      ...first,
      id: `bulk-${i}`,
      title: `Post ${i}`,
      date: `2027-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      status: i < 399 ? 'draft' : 'published',
      ...(i >= 399 ? { date: `2026-${String((i % 10) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}` } : {}),
    }));
    await applyPostChange(db, { upserts: many, deletes: [] });
    const started = performance.now();
    await renderGrid();
    await waitFor(() => expect(tileOrder()).toHaveLength(400 + 12), { timeout: 15_000 });
    const ms = Math.round(performance.now() - started);
    console.log(`grid: 400 planned + 12 published tiles drawn in ${ms} ms (jsdom, fake-indexeddb)`);
    expect(screen.getByRole('list', { name: 'Published' }).querySelectorAll('.grid-tile')).toHaveLength(12);
  });
});
