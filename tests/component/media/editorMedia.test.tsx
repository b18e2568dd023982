import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Client } from '../../../shared/model/client';
import type { Post } from '../../../shared/model/post';
import { createClient } from '../../../renderer/db/clients';
import { createDb, openDb, type CadenceDb } from '../../../renderer/db/database';
import { PostEditor } from '../../../renderer/features/editor/PostEditor';
import { createI18n } from '../../../renderer/i18n/i18n';
import { basePost, FAKE_MINI, fakeDecoder, heicFile, MediaHarness, pngBytes, pngFile, sha256 } from './fixtures';

let db: CadenceDb;
let client: Client;
let post: Post;

beforeEach(async () => {
  db = createDb();
  await openDb(db);
  client = await createClient(db, { name: 'Bloom', color: '#4f46e5', channels: ['instagram'], timeZone: 'Europe/Paris', weekStartsOn: 1, language: 'en' });
  post = basePost({ clientId: client.id });
  await db.posts.put(post);
});
afterEach(() => {
  vi.restoreAllMocks();
  db.close();
});

const renderEditor = async (opened: Post = post) => {
  let closed = 0;
  render(
    <MediaHarness db={db} i18n={await createI18n('en')} decoder={fakeDecoder()}>
      <PostEditor client={client} clients={[client]} post={opened} date="2026-11-26" time={null} onClose={() => (closed += 1)} />
    </MediaHarness>,
  );
  return { closed: () => closed };
};

/** A drop of files as the browser makes it (files, and 'Files' among the types). */
const dropFiles = (target: Element, files: File[]) => {
  const dataTransfer = { files, types: ['Files'], dropEffect: 'none' };
  fireEvent.dragOver(target, { dataTransfer });
  fireEvent.drop(target, { dataTransfer });
};

const stored = async () => (await db.posts.get('p1'))!;

describe('the editor’s Media section', () => {
  it('files dropped anywhere on the editor are stored at once, saved with the post, and Ctrl+Z takes them back', async () => {
    const user = userEvent.setup();
    const { closed } = await renderEditor();
    dropFiles(screen.getByLabelText('Title'), [pngFile('first.png'), pngFile('second.png')]);
    expect(await screen.findByLabelText('Alt text “first.png”')).toBeInTheDocument();
    // The bytes are there before Save; the post does not refer to them yet.
    expect(await db.media.count()).toBe(2);
    expect((await stored()).media).toBeUndefined();

    await user.type(screen.getByLabelText('Alt text “first.png”'), 'Flour on a wooden table');
    expect(screen.getAllByText('Missing alt text')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Move “second.png” earlier' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(closed()).toBe(1));

    expect((await stored()).media).toEqual([
      { hash: sha256(pngBytes('second.png')), name: 'second.png', kind: 'png', size: pngBytes('second.png').length, alt: '' },
      { hash: sha256(pngBytes('first.png')), name: 'first.png', kind: 'png', size: pngBytes('first.png').length, alt: 'Flour on a wooden table' },
    ]);
    // The card-sized previews are stored by hash, apart from the post (renderer/db/previews.ts).
    expect((await db.previews.bulkGet([sha256(pngBytes('first.png')), sha256(pngBytes('second.png'))])).map((r) => r?.preview)).toEqual([FAKE_MINI, FAKE_MINI]);

    await user.keyboard('{Control>}z{/Control}');
    await waitFor(async () => expect((await stored()).media).toBeUndefined());
    expect((await stored()).title).toBe('Launch teaser');
    // Undo takes the post's references back; the previews stay with the bytes (a redo shows them again).
    expect(await db.previews.count()).toBe(2);
  });

  it('counts added media as unsaved changes', async () => {
    const user = userEvent.setup();
    await renderEditor();
    dropFiles(screen.getByRole('region', { name: 'Media' }), [pngFile('first.png')]);
    await screen.findByLabelText('Alt text “first.png”');
    screen.getByLabelText('Title').focus();
    await user.keyboard('{Escape}');
    expect(await screen.findByText('Save your changes?')).toBeInTheDocument();
  });

  it('removing every item saves a post without media', async () => {
    const user = userEvent.setup();
    const withMedia = { ...post, media: [{ hash: sha256(pngBytes('old.png')), name: 'old.png', kind: 'png' as const, size: 12, alt: 'Old' }] };
    await db.posts.put(withMedia);
    const { closed } = await renderEditor(withMedia);
    await user.click(screen.getByRole('button', { name: 'Remove “old.png”' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(closed()).toBe(1));
    expect((await stored()).media).toEqual([]);
  });

  it('refuses a corrupt picture dropped on the editor, naming it, and adds nothing', async () => {
    await renderEditor();
    dropFiles(screen.getByLabelText('Title'), [pngFile('broken.png', 'CORRUPT')]);
    expect(await screen.findByRole('alert')).toHaveTextContent('“broken.png” could not be read as a picture');
    expect(screen.getByText('No pictures or videos yet.')).toBeInTheDocument();
    expect(await db.media.count()).toBe(0);
  });

  it('“Choose files…” opens a chooser for the accepted formats and adds what is chosen', async () => {
    const user = userEvent.setup();
    await renderEditor();
    const chooser = screen.getByTestId('media-chooser');
    expect(chooser).toHaveAttribute('accept', expect.stringContaining('image/heic'));
    expect(chooser).toHaveAttribute('accept', expect.stringContaining('video/quicktime'));
    expect(screen.getByRole('button', { name: 'Choose files…' })).toHaveAccessibleDescription(/Images up to 30 MB, videos up to 500 MB/);
    await user.upload(chooser, [pngFile('chosen.png')]);
    expect(await screen.findByLabelText('Alt text “chosen.png”')).toBeInTheDocument();
    expect(await screen.findByText('1 file added. Save to keep it.')).toBeInTheDocument();
  });

  it('a HEIC this platform cannot decode is added with “No preview on this platform”, a PNG with its thumbnail', async () => {
    // Under fake-indexeddb a stored Blob comes back as a plain object, which jsdom cannot make a URL of;
    // the thumbnail's URL only has to exist here (the e2e test shows real ones).
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:thumbnail');
    await renderEditor();
    dropFiles(screen.getByLabelText('Title'), [heicFile('IMG_0042.HEIC'), pngFile('shown.png')]);
    await screen.findByLabelText('Alt text “shown.png”');
    const [heic, png] = within(screen.getByRole('list', { name: 'Media in carousel order' })).getAllByRole('listitem');
    await waitFor(() => expect(heic).toHaveTextContent('No preview on this platform'));
    await waitFor(() => expect(png!.querySelector('.media-thumb img')).not.toBeNull());
    expect(png).not.toHaveTextContent('No preview');
  });
});
