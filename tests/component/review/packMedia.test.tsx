// Issue 18 in Send for review: the saved pack shows each post's FIRST media thumbnail, read from the
// media table and put in the file as a data URL (the pack loads nothing), with the media's alt text on
// the <img>; a post whose first item has no thumbnail (a HEIC not decoded here) is listed without one.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { CadenceBridge } from '../../../shared/bridge/contract';
import { BRIDGE_GLOBAL } from '../../../shared/bridge/names';
import type { Client } from '../../../shared/model/client';
import type { MediaItem } from '../../../shared/model/media';
import { createClient } from '../../../renderer/db/clients';
import { createDb, openDb, type CadenceDb } from '../../../renderer/db/database';
import { DbProvider } from '../../../renderer/db/hooks';
import type { MediaRow } from '../../../renderer/db/media';
import { createPost } from '../../../renderer/db/posts';
import { HistoryProvider } from '../../../renderer/features/history/History';
import { ReviewPanel } from '../../../renderer/features/review/ReviewPanel';
import { packThumbnails } from '../../../renderer/features/review/packThumbnails';
import { ToastProvider } from '../../../renderer/features/toasts/Toasts';
import { createI18n } from '../../../renderer/i18n/i18n';
import { PNG_1PX } from '../../fixtures/reviewPack';

const PNG_BYTES = Uint8Array.from(atob(PNG_1PX.split(',')[1]!), (c) => c.charCodeAt(0));
const item = (c: string, kind: MediaItem['kind'], alt: string): MediaItem => ({ hash: c.repeat(64), name: `${c}.${kind}`, kind, size: 100, alt });
const PHOTO = item('a', 'jpeg', 'Croissants cooling on a rack');
const HEIC = item('b', 'heic', 'A tart, from above');

let db: CadenceDb;
let client: Client;
let get: MockInstance;
const bridge = { saveFile: vi.fn(async (_request: { suggestedName: string; data: string }) => ({ saved: true })) };

beforeEach(async () => {
  db = createDb();
  await openDb(db);
  (window as unknown as Record<string, unknown>)[BRIDGE_GLOBAL] = bridge as unknown as CadenceBridge;
  bridge.saveFile.mockClear();
  client = await createClient(db, { name: 'Bloom Bakery', color: '#4f46e5', channels: ['instagram'], timeZone: 'Europe/Paris', weekStartsOn: 1, language: 'en' });
  // fake-indexeddb clones a Blob into {} (a browser keeps it), so the media table's reads are served
  // from here. The thumbnail's Blob has no type on purpose: the pack reads the type from the bytes.
  const rows = new Map<string, MediaRow>([
    [PHOTO.hash, { hash: PHOTO.hash, kind: 'jpeg', size: 100, blob: new Blob(['jpeg bytes']), thumb: new Blob([PNG_BYTES]), width: 1, height: 1, addedAt: '2026-11-20T10:00:00.000Z' }],
    [HEIC.hash, { hash: HEIC.hash, kind: 'heic', size: 100, blob: new Blob(['heic bytes']), thumb: null, width: null, height: null, addedAt: '2026-11-20T10:00:00.000Z' }],
  ]);
  get = vi.spyOn(db.media, 'get').mockImplementation((async (hash: string) => rows.get(hash)) as never);
  const make = (title: string, date: string, media: MediaItem[]) =>
    createPost(db, { clientId: client.id, title, caption: title, date, time: '09:00', channel: 'instagram', format: 'carousel', tone: 'serious', intent: 'informative', invitesParticipation: false, status: 'draft', tags: [], notes: '', media });
  await make('Croissant day', '2026-11-26', [PHOTO, HEIC]);
  await make('Tart Tuesday', '2026-11-30', [HEIC, PHOTO]);
});
afterEach(() => {
  delete (window as unknown as Record<string, unknown>)[BRIDGE_GLOBAL];
  db.close();
});

describe('Send for review with media', () => {
  it('puts each post’s first thumbnail in the pack as a data URL with its alt text, and lists the rest', async () => {
    const i18n = await createI18n('en');
    const current = (await db.clients.get(client.id)) as Client;
    render(
      <I18nextProvider i18n={i18n}>
        <DbProvider db={db}>
          <ToastProvider>
            <HistoryProvider>
              <ReviewPanel clients={[current]} currentClientId={client.id} now={() => new Date('2026-11-24T09:00:00Z')} />
            </HistoryProvider>
          </ToastProvider>
        </DbProvider>
      </I18nextProvider>,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Save review pack…' }));
    await screen.findByText('Review pack saved with 2 posts. Send the file to your client.');
    const html = bridge.saveFile.mock.calls[0]![0].data;
    // Croissant day: its photo, as a data URL of the thumbnail's own bytes, with the photo's alt text.
    expect(html.match(/<img [^>]*>/g)).toEqual([`<img src="${PNG_1PX}" alt="Croissants cooling on a rack">`]);
    // Tart Tuesday starts with the HEIC, which has no thumbnail: no picture, but both items listed.
    expect(html).toContain('<h4>Media</h4><p class="muted">Carousel of 2</p><p class="muted">Alt text (read to people who cannot see the picture)</p><ol class="alts"><li>Picture 1: A tart, from above</li><li>Picture 2: Croissants cooling on a rack</li></ol>');
  });

  it('reads a picture shared by several posts once, and gives nothing for bytes not on this machine', async () => {
    const posts = await db.posts.toArray();
    get.mockClear();
    const shared = posts.map((p) => ({ ...p, media: [PHOTO] }));
    const thumbs = await packThumbnails(db, [...shared, { ...posts[0]!, id: 'gone', media: [item('f', 'png', '')] }]);
    expect(thumbs).toEqual(Object.fromEntries(posts.map((p) => [p.id, [PNG_1PX]])));
    expect(get).toHaveBeenCalledTimes(2);
  });
});
