// Up next's rows show a post's first picture and its media marks (issue 18), the marks in words too.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CadenceDb } from '../../../renderer/db/database';
import { addClient, addPost, installBridge, openTestDb, removeBridge, renderUpNext } from './harness';

let db: CadenceDb;
const hash = (n: number) => n.toString(16).padStart(64, '0');

beforeEach(async () => {
  db = await openTestDb();
  installBridge();
  vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:thumbnail');
});
afterEach(() => {
  vi.restoreAllMocks();
  removeBridge();
  db.close();
});

describe('Up next rows with media', () => {
  it('show the first item’s thumbnail, the video and missing alt marks, and say them', async () => {
    const paris = await addClient(db, 'Boulangerie');
    await db.media.put({ hash: hash(1), kind: 'mp4', size: 1000, blob: new Blob(['bytes']), thumb: new Blob(['frame']), width: 1920, height: 1080, addedAt: '2026-11-20T10:00:00.000Z' });
    await addPost(db, paris, {
      title: 'Oven video',
      date: '2026-11-24',
      time: '12:00',
      media: [{ hash: hash(1), name: 'oven.mp4', kind: 'mp4', size: 1000, alt: '' }],
    });
    await addPost(db, paris, { title: 'Plain post', date: '2026-11-24', time: '13:00' });
    await renderUpNext(db);
    fireEvent.click(await screen.findByRole('button', { name: /Up next/ }));
    await screen.findByRole('dialog', { name: 'Up next' });
    const [withMedia, plain] = screen.getAllByRole('listitem').filter((li) => li.classList.contains('up-next-row'));
    await waitFor(() => expect(withMedia!.querySelector('img')).toHaveAttribute('src', 'blob:thumbnail'));
    expect(withMedia!.querySelector('img')).toHaveAttribute('alt', '');
    expect(withMedia!.querySelector('.media-mark-video')).not.toBeNull();
    expect(withMedia!.querySelector('.media-mark-alt')).not.toBeNull();
    expect(within(withMedia!).getByText(', video, 1 without alt text')).toBeInTheDocument();
    expect(plain!.querySelector('.media-marks')).toBeNull();
  });
});
