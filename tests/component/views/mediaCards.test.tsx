import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MediaItem } from '../../../shared/model/media';
import type { Post } from '../../../shared/model/post';
import { CalendarBody } from '../../../renderer/app/CalendarBody';
import type { CalendarViewProps } from '../../../renderer/features/calendar/viewTypes';
import { AgendaRow } from '../../../renderer/features/agenda/AgendaRow';
import { createDb, openDb, type CadenceDb } from '../../../renderer/db/database';
import { DbProvider } from '../../../renderer/db/hooks';
import { createI18n } from '../../../renderer/i18n/i18n';
import { basePost, fakeDecoder, MediaHarness, pngBytes, pngFile, sha256 } from '../media/fixtures';
import { renderView } from './viewHarness';

const hash = (n: number) => n.toString(16).padStart(64, '0');
const item = (n: number, over: Partial<MediaItem> = {}): MediaItem => ({ hash: hash(n), name: `photo-${n}.jpg`, kind: 'jpeg', size: 1000, alt: `Picture ${n}`, ...over });

let db: CadenceDb;

/** A stored media row with a thumbnail Blob, as the attach pipeline leaves it. */
const seedMedia = async (n: number) => {
  await db.media.put({ hash: hash(n), kind: 'jpeg', size: 1000, blob: new Blob(['bytes']), thumb: new Blob(['thumb'], { type: 'image/webp' }), width: 1080, height: 1350, addedAt: '2026-11-20T10:00:00.000Z' });
};

beforeEach(async () => {
  db = createDb();
  await openDb(db);
  vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:thumbnail');
});
afterEach(() => {
  vi.restoreAllMocks();
  db.close();
});

/** The app's view switch (CalendarBody: thumbnails and file drops) inside the providers attaching needs. */
const renderCalendar = async (posts: Post[], options: { view: 'month' | 'week'; density?: 'comfortable' | 'compact' }) => {
  const i18n = await createI18n('en');
  const View = (props: CalendarViewProps) => (
    <MediaHarness db={db} i18n={i18n} decoder={fakeDecoder()}>
      <CalendarBody {...props} density={options.density} />
    </MediaHarness>
  );
  return { ...(await renderView(View, { view: options.view, anchor: '2026-11-24', posts })), i18n };
};

const cardOf = (title: string) => screen.getAllByRole('button').find((b) => b.classList.contains('post-card') && b.textContent?.includes(title))!;

describe('thumbnails on cards (issue 18)', () => {
  it('shows the first item cropped and decorative on a comfortable month card, not on a compact one', async () => {
    await seedMedia(1);
    const post = basePost({ date: '2026-11-24', media: [item(1), item(2)] });
    const { unmount } = await renderCalendar([post], { view: 'month', density: 'comfortable' });
    const card = cardOf('Launch teaser');
    const img = await waitFor(() => {
      const found = card.querySelector('img');
      expect(found).not.toBeNull();
      return found!;
    });
    expect(img).toHaveAttribute('src', 'blob:thumbnail');
    expect(img).toHaveAttribute('alt', '');
    expect(card.querySelector('.media-mark-count')).toHaveTextContent('2');
    expect(card).toHaveAccessibleName(expect.stringContaining('carousel of 2'));
    unmount();

    await renderCalendar([post], { view: 'month', density: 'compact' });
    const compact = cardOf('Launch teaser');
    expect(compact.querySelector('.media-marks')).toBeNull();
    // The words stay in the label: the compact card still says what the post holds.
    expect(compact).toHaveAccessibleName(expect.stringContaining('carousel of 2'));
  });

  it('marks a video and items without alt text, in the label too', async () => {
    await seedMedia(3);
    const post = basePost({ date: '2026-11-24', media: [item(3, { alt: '' }), item(4, { kind: 'mp4', alt: '  ' }), item(5)] });
    await renderCalendar([post], { view: 'month', density: 'comfortable' });
    const card = cardOf('Launch teaser');
    expect(card.querySelector('.media-mark-video')).not.toBeNull();
    expect(card.querySelector('.media-mark-alt')).not.toBeNull();
    expect(card).toHaveAccessibleName(expect.stringMatching(/carousel of 3, video, 2 without alt text$/));
  });

  it('says the marks in the language of the moment (the words are kept per language)', async () => {
    const post = basePost({ date: '2026-11-24', media: [item(8, { alt: '' }), item(9)] });
    const { i18n } = await renderCalendar([post], { view: 'month', density: 'comfortable' });
    expect(cardOf('Launch teaser')).toHaveAccessibleName(expect.stringMatching(/carousel of 2, 1 without alt text$/));
    await act(() => i18n.changeLanguage('fr'));
    await waitFor(() => expect(cardOf('Launch teaser')).toHaveAccessibleName(expect.stringMatching(/carrousel de 2, 1 sans texte alternatif$/)));
  });

  it('draws the preview kept on the post at once, without reading the database', async () => {
    const get = vi.spyOn(db.media, 'bulkGet');
    const preview = 'data:image/webp;base64,UklGRhAAAABXRUJQ';
    await renderCalendar([basePost({ date: '2026-11-24', media: [item(7, { preview })] })], { view: 'month', density: 'comfortable' });
    // In the first render, not after a read: the card and its picture arrive together.
    expect(cardOf('Launch teaser').querySelector('img')).toHaveAttribute('src', preview);
    expect(get).not.toHaveBeenCalled();
  });

  it('draws the previews stored by hash, read for a month of cards in one request, without the thumbnails', async () => {
    const preview = (n: number) => `data:image/webp;base64,UklGR${n}`;
    await db.previews.bulkPut([20, 21, 22].map((n) => ({ hash: hash(n), preview: preview(n) })));
    const previews = vi.spyOn(db.previews, 'bulkGet');
    const media = vi.spyOn(db.media, 'bulkGet');
    const posts = [20, 21, 22].map((n) => basePost({ id: `m${n}`, title: `Post ${n}`, date: `2026-11-${n}`, media: [item(n)] }));
    const { container } = await renderCalendar(posts, { view: 'month', density: 'comfortable' });
    await waitFor(() => expect(container.querySelectorAll('.post-card img')).toHaveLength(3));
    expect(cardOf('Post 21').querySelector('img')).toHaveAttribute('src', preview(21));
    expect(previews).toHaveBeenCalledTimes(1);
    expect(media).not.toHaveBeenCalled();
  });

  it('draws no marks for a post without media', async () => {
    await renderCalendar([basePost({ date: '2026-11-24' })], { view: 'month', density: 'comfortable' });
    const card = cardOf('Launch teaser');
    expect(card.querySelector('.media-marks')).toBeNull();
    expect(card.getAttribute('aria-label')).not.toMatch(/alt text|carousel|picture/);
  });

  it('reads the thumbnails of a month’s cards in one IndexedDB request (PERF)', async () => {
    await Promise.all([10, 11, 12].map(seedMedia));
    const bulkGet = vi.spyOn(db.media, 'bulkGet');
    const get = vi.spyOn(db.media, 'get');
    const posts = [10, 11, 12].map((n) => basePost({ id: `m${n}`, title: `Post ${n}`, date: `2026-11-${n + 10}`, media: [item(n)] }));
    const { container } = await renderCalendar(posts, { view: 'month', density: 'comfortable' });
    await waitFor(() => expect(container.querySelectorAll('.post-card img')).toHaveLength(3));
    expect(bulkGet).toHaveBeenCalledTimes(1);
    expect(bulkGet.mock.calls[0]![0]).toEqual([hash(10), hash(11), hash(12)]);
    expect(get).not.toHaveBeenCalled();
  });

  it('shows the thumbnail on a week card', async () => {
    await seedMedia(6);
    await renderCalendar([basePost({ date: '2026-11-24', media: [item(6)] })], { view: 'week' });
    const card = cardOf('Launch teaser');
    await waitFor(() => expect(card.querySelector('img')).toHaveAttribute('src', 'blob:thumbnail'));
    expect(card).toHaveAccessibleName(expect.stringContaining('with a picture or video'));
  });
});

describe('files dropped on a card (issue 18)', () => {
  const drop = (target: HTMLElement, files: File[]) => {
    const dataTransfer = { types: ['Files'], files, dropEffect: 'none' };
    fireEvent.dragEnter(target, { dataTransfer });
    fireEvent.dragOver(target, { dataTransfer });
    return dataTransfer;
  };

  it('shows a drop target while files hover and attaches them to that post in one undo step', async () => {
    const post = basePost({ date: '2026-11-24' });
    const other = basePost({ id: 'p2', title: 'Other post', date: '2026-11-24' });
    await db.posts.bulkPut([post, other]);
    await renderCalendar([post, other], { view: 'month', density: 'comfortable' });
    const card = cardOf('Launch teaser');
    const dataTransfer = drop(card, [pngFile('a.png')]);
    expect(card).toHaveClass('post-card-file-over');
    expect(dataTransfer.dropEffect).toBe('copy');
    await act(async () => {
      fireEvent.drop(card, { dataTransfer });
    });
    expect(card).not.toHaveClass('post-card-file-over');
    await waitFor(async () => expect((await db.posts.get('p1'))?.media?.map((m) => m.hash)).toEqual([sha256(pngBytes('a.png'))]));
    expect((await db.posts.get('p2'))?.media).toBeUndefined();
    expect(await screen.findByText('1 file attached to “Launch teaser”.')).toBeInTheDocument();
  });

  it('leaves the drop target when the files leave, and ignores a drag that carries no files', async () => {
    const post = basePost({ date: '2026-11-24' });
    await db.posts.put(post);
    await renderCalendar([post], { view: 'month', density: 'comfortable' });
    const card = cardOf('Launch teaser');
    const dataTransfer = drop(card, [pngFile('a.png')]);
    fireEvent.dragLeave(card, { dataTransfer });
    expect(card).not.toHaveClass('post-card-file-over');
    const text = { types: ['text/plain'], files: [], dropEffect: 'none' };
    fireEvent.dragEnter(card, { dataTransfer: text });
    expect(card).not.toHaveClass('post-card-file-over');
    await act(async () => {
      fireEvent.drop(card, { dataTransfer: text });
    });
    expect((await db.posts.get('p1'))?.media).toBeUndefined();
  });
});

describe('agenda row (issue 18)', () => {
  it('shows the thumbnail and the marks, and says them in its name', async () => {
    await seedMedia(7);
    const i18n = await createI18n('fr');
    const post = basePost({ media: [item(7, { alt: '' }), item(8)] });
    render(
      <I18nextProvider i18n={i18n}>
        <DbProvider db={db}>
          <AgendaRow post={post} showClient={false} client={undefined} onOpen={() => undefined} />
        </DbProvider>
      </I18nextProvider>,
    );
    const row = screen.getByRole('button');
    await waitFor(() => expect(within(row).getByRole('presentation', { hidden: true })).toHaveAttribute('src', 'blob:thumbnail'));
    expect(row.querySelector('.media-mark-count')).toHaveTextContent('2');
    expect(row).toHaveAccessibleName(expect.stringMatching(/carrousel de 2, 1 sans texte alternatif$/));
  });
});
