// Issue 17 in the app: Send for review saves one HTML pack, records it on the client and puts its posts
// "to review" (one undo step); the client's answers file is checked, summarised, applied as one undo
// step, and a second import changes nothing; a hand-edited file is refused with nothing written.
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CadenceBridge } from '../../../shared/bridge/contract';
import { BRIDGE_GLOBAL } from '../../../shared/bridge/names';
import type { Client } from '../../../shared/model/client';
import type { Post } from '../../../shared/model/post';
import { postRevision, sealDecisions, DECISIONS_FORMAT, DECISIONS_VERSION } from '../../../shared/review';
import { resolvePackRecords } from '../../../shared/review/packRecord';
import { createClient } from '../../../renderer/db/clients';
import { createDb, openDb, type CadenceDb } from '../../../renderer/db/database';
import { DbProvider } from '../../../renderer/db/hooks';
import { createPost } from '../../../renderer/db/posts';
import { HistoryProvider, useHistory } from '../../../renderer/features/history/History';
import { ReviewPanel } from '../../../renderer/features/review/ReviewPanel';
import { ToastProvider } from '../../../renderer/features/toasts/Toasts';
import { createI18n } from '../../../renderer/i18n/i18n';

let db: CadenceDb;
let client: Client;
let posts: Post[];
let undo: () => Promise<void> = async () => {};
const UndoHandle = () => {
  undo = useHistory().undo;
  return null;
};
const bridge = {
  saveFile: vi.fn(async (_request: { suggestedName: string; data: string }) => ({ saved: true })),
  openFile: vi.fn(async (): Promise<{ name: string; bytes: Uint8Array } | null> => null),
};

beforeEach(async () => {
  db = createDb();
  await openDb(db);
  (window as unknown as Record<string, unknown>)[BRIDGE_GLOBAL] = bridge as unknown as CadenceBridge;
  bridge.saveFile.mockClear();
  client = await createClient(db, { name: 'Bloom Bakery', color: '#4f46e5', channels: ['instagram'], timeZone: 'Europe/Paris', weekStartsOn: 1, language: 'fr' });
  const make = (title: string, date: string) =>
    createPost(db, { clientId: client.id, title, caption: `${title} #bakery`, date, time: '09:00', channel: 'instagram', format: 'image', tone: 'serious', intent: 'informative', invitesParticipation: false, status: 'draft', tags: [], notes: '' });
  posts = [await make('Croissant day', '2026-11-26'), await make('Tart Tuesday', '2026-11-30'), await make('December plans', '2026-12-02')];
});
afterEach(() => {
  delete (window as unknown as Record<string, unknown>)[BRIDGE_GLOBAL];
  db.close();
});

const renderPanel = async () => {
  const i18n = await createI18n('en');
  const current = (await db.clients.get(client.id)) as Client;
  render(
    <I18nextProvider i18n={i18n}>
      <DbProvider db={db}>
        <ToastProvider>
          <HistoryProvider>
            <UndoHandle />
            <ReviewPanel clients={[current]} currentClientId={client.id} now={() => new Date('2026-11-24T09:00:00Z')} />
          </HistoryProvider>
        </ToastProvider>
      </DbProvider>
    </I18nextProvider>,
  );
  return userEvent.setup();
};

const sendPack = async () => {
  const user = await renderPanel();
  await user.click(screen.getByRole('button', { name: 'Save review pack…' }));
  await screen.findByText('Review pack saved with 2 posts. Send the file to your client.');
  return user;
};

const answersFile = async (edit?: (text: string) => string) => {
  const [pack] = resolvePackRecords((await db.clients.get(client.id))?.reviewPacks);
  const stored = await Promise.all(posts.map((p) => db.posts.get(p.id)));
  const file = sealDecisions({
    format: DECISIONS_FORMAT,
    version: DECISIONS_VERSION,
    packId: pack!.id,
    clientId: client.id,
    reviewer: 'Marie',
    savedAt: '2026-11-25T08:00:00.000Z',
    month: { comment: 'Lovely month.' },
    posts: [
      { id: posts[0]!.id, revision: postRevision(stored[0]!), decision: 'approved', comments: [] },
      { id: posts[1]!.id, revision: postRevision(stored[1]!), decision: 'changes', comments: [{ text: 'Warmer photo please.', at: '2026-11-25T07:59:00.000Z' }] },
    ],
  });
  const text = JSON.stringify(file);
  bridge.openFile.mockResolvedValueOnce({ name: 'answers.json', bytes: new TextEncoder().encode(edit ? edit(text) : text) });
};

describe('Send for review', () => {
  it('saves one pack in the client’s language with the period’s posts, records it, and puts them to review in one undo step', async () => {
    await sendPack();
    const request = bridge.saveFile.mock.calls[0]![0];
    expect(request.suggestedName).toMatch(/^cadence-review-bloom-bakery-2026-11-01\.html$/);
    expect(request.data).toContain('<html lang="fr">');
    expect(request.data).toContain('Croissant day');
    expect(request.data).not.toContain('December plans');
    expect(resolvePackRecords((await db.clients.get(client.id))?.reviewPacks)).toHaveLength(1);
    expect((await db.posts.get(posts[0]!.id))?.approval?.state).toBe('review');
    expect((await db.posts.get(posts[2]!.id))?.approval).toBeUndefined();
    await undo();
    expect((await db.posts.get(posts[0]!.id))?.approval?.state ?? 'none').toBe('none');
  });

  it('a cancelled save changes nothing', async () => {
    bridge.saveFile.mockResolvedValueOnce({ saved: false });
    const user = await renderPanel();
    await user.click(screen.getByRole('button', { name: 'Save review pack…' }));
    await waitFor(() => expect(bridge.saveFile).toHaveBeenCalled());
    expect((await db.clients.get(client.id))?.reviewPacks).toBeUndefined();
    expect((await db.posts.get(posts[0]!.id))?.approval).toBeUndefined();
  });
});

describe('Answers coming back', () => {
  it('shows what the file changes, applies it in one undo step, and a second import changes nothing', async () => {
    const user = await sendPack();
    await answersFile();
    await user.click(screen.getByRole('button', { name: 'Open answers file…' }));
    expect(await screen.findByText('Answers from Marie for Bloom Bakery')).toBeInTheDocument();
    expect(screen.getByText('1 post approved')).toBeInTheDocument();
    expect(screen.getByText('1 post with changes requested')).toBeInTheDocument();
    expect(screen.getByText('On the whole period: “Lovely month.”')).toBeInTheDocument();
    expect(screen.getByText(/Warmer photo please\./)).toBeInTheDocument();
    // Nothing written before Apply.
    expect((await db.posts.get(posts[0]!.id))?.approval?.state).toBe('review');
    await user.click(screen.getByRole('button', { name: 'Apply answers' }));
    await screen.findByText('Answers from Marie applied to 2 posts.');
    expect((await db.posts.get(posts[0]!.id))?.approval?.state).toBe('approved');
    const changed = (await db.posts.get(posts[1]!.id))!.approval!;
    expect(changed.state).toBe('changes');
    expect(changed.comments).toEqual([expect.objectContaining({ author: 'Marie', text: 'Warmer photo please.', kind: 'client' })]);

    await answersFile();
    await user.click(screen.getByRole('button', { name: 'Open answers file…' }));
    expect(await screen.findByText('Nothing to change: these answers are already in Cadence.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Apply answers' })).toBeDisabled();

    // Noted on the pack: who answered, and their note on the whole period.
    const [record] = resolvePackRecords((await db.clients.get(client.id))?.reviewPacks);
    expect(record?.answers).toEqual([expect.objectContaining({ reviewer: 'Marie', monthComment: 'Lovely month.' })]);

    await undo();
    expect((await db.posts.get(posts[0]!.id))?.approval?.state).toBe('review');
    expect((await db.posts.get(posts[1]!.id))?.approval?.state).toBe('review');
    // Met again after the posts moved on (here: undone), the file is said to be applied already.
    await answersFile();
    await user.click(screen.getByRole('button', { name: 'Open answers file…' }));
    expect(await screen.findByText(/This very file was applied already; since then 2 posts changed/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Apply again' })).toBeEnabled();
  });

  it('a post edited after the pack was made is marked changed after review, not approved', async () => {
    const user = await sendPack();
    await answersFile();
    const current = (await db.posts.get(posts[0]!.id))!;
    await db.posts.put({ ...current, caption: 'Edited after the pack', updatedAt: '2026-11-24T12:00:00.000Z' });
    await user.click(screen.getByRole('button', { name: 'Open answers file…' }));
    expect(await screen.findByText(/1 approval about an earlier version/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Apply answers' }));
    await screen.findByText(/applied to 2 posts/);
    expect((await db.posts.get(posts[0]!.id))?.approval).toMatchObject({ state: 'review', changedAfterReview: true });
  });

  it('refuses a hand-edited file with a clear message and writes nothing', async () => {
    const user = await sendPack();
    await answersFile((text) => text.replace('Warmer photo please.', 'Cooler photo please.'));
    await user.click(screen.getByRole('button', { name: 'Open answers file…' }));
    expect(await screen.findByText(/edited by hand or damaged/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Apply answers' })).toBeNull();
    expect((await db.posts.get(posts[1]!.id))?.approval?.comments).toEqual([]);
  });
});

describe('Packs sent', () => {
  it('lists the client’s packs with who answered and their note on the period', async () => {
    await db.clients.update(client.id, {
      reviewPacks: [
        { id: 'p1', from: '2026-11-01', to: '2026-11-30', createdAt: '2026-10-28T09:00:00.000Z', posts: 12, answers: [{ fileId: 'f1', reviewer: 'Marie', savedAt: '2026-10-30T09:00:00.000Z', monthComment: 'Great month, less promo.' }] },
        { id: 'p2', from: '2026-12-01', to: '2026-12-31', createdAt: '2026-11-24T09:00:00.000Z', posts: 9 },
      ],
    });
    await renderPanel();
    const list = screen.getByRole('region', { name: 'Packs sent to Bloom Bakery' });
    const items = list.querySelectorAll(':scope > ul > li');
    expect(items[0]).toHaveTextContent('Dec 1, 2026 – Dec 31, 2026 · 9 posts · made Nov 24');
    expect(items[0]).toHaveTextContent('no answers yet');
    expect(items[1]).toHaveTextContent('Answered by Marie on Oct 30');
    expect(items[1]).toHaveTextContent('Great month, less promo.');
  });
});
