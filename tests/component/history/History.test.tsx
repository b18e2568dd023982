import { act, render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Post } from '../../../shared/model/post';
import { createDb, openDb, type CadenceDb } from '../../../renderer/db/database';
import { DbProvider } from '../../../renderer/db/hooks';
import { HistoryProvider, useHistory, type HistoryApi } from '../../../renderer/features/history/History';
import { ToastProvider } from '../../../renderer/features/toasts/Toasts';
import { createI18n } from '../../../renderer/i18n/i18n';

const post = (n: number, date = '2026-11-10'): Post => ({
  id: `p${n}`,
  clientId: 'c1',
  title: `Post ${n}`,
  caption: '',
  date,
  time: '09:00',
  channel: 'instagram',
  format: 'image',
  tone: 'serious',
  intent: 'informative',
  invitesParticipation: false,
  intentSource: 'user',
  participationSource: 'user',
  status: 'draft',
  tags: [],
  order: null,
  pillar: null,
  evergreen: null,
  series: null,
  notes: '',
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
});

let db: CadenceDb;
let api: HistoryApi;

const Probe = () => {
  api = useHistory();
  return null;
};

beforeEach(async () => {
  db = createDb();
  await openDb(db);
  const i18n = await createI18n('en');
  render(
    <I18nextProvider i18n={i18n}>
      <DbProvider db={db}>
        <ToastProvider>
          <HistoryProvider>
            <Probe />
          </HistoryProvider>
        </ToastProvider>
      </DbProvider>
    </I18nextProvider>,
  );
});

/** Post n as stored, moved to `date`: a change is made from the version read (see conflicts.ts). */
const moved = async (n: number, date: string): Promise<Post> => ({ ...(await db.posts.get(`p${n}`))!, date });

const dates = async () => (await db.posts.orderBy('id').toArray()).map((p) => `${p.id}@${p.date}`);

describe('undo history', () => {
  it('undoes and redoes at least 100 steps, in order', async () => {
    await act(async () => {
      for (let n = 0; n < 60; n += 1) await api.commit({ upserts: [post(n)], deletes: [] }, `create ${n}`);
      // 60 more steps that each move an existing post, so undo must restore earlier versions, not just delete.
      for (let n = 0; n < 60; n += 1) await api.commit({ upserts: [await moved(n, '2026-12-01')], deletes: [] }, `move ${n}`);
    });
    expect(await db.posts.count()).toBe(60);
    expect(new Set((await db.posts.toArray()).map((p) => p.date))).toEqual(new Set(['2026-12-01']));

    await act(async () => {
      for (let n = 0; n < 60; n += 1) await api.undo();
    });
    expect(new Set((await db.posts.toArray()).map((p) => p.date))).toEqual(new Set(['2026-11-10']));
    await act(async () => {
      for (let n = 0; n < 60; n += 1) await api.undo();
    });
    expect(await db.posts.count()).toBe(0);
    expect(api.canUndo).toBe(false);

    await act(async () => {
      for (let n = 0; n < 120; n += 1) await api.redo();
    });
    expect(await db.posts.count()).toBe(60);
    expect(new Set((await db.posts.toArray()).map((p) => p.date))).toEqual(new Set(['2026-12-01']));
    expect(api.canRedo).toBe(false);
  });

  it('undoes a multi-post change as one step, including deletions', async () => {
    await act(async () => {
      await api.commit({ upserts: [post(1), post(2), post(3)], deletes: [] }, 'three');
      await api.commit({ upserts: [await moved(1, '2026-11-17'), post(4)], deletes: ['p2'] }, 'mixed');
    });
    expect(await dates()).toEqual(['p1@2026-11-17', 'p3@2026-11-10', 'p4@2026-11-10']);
    await act(() => api.undo());
    expect(await dates()).toEqual(['p1@2026-11-10', 'p2@2026-11-10', 'p3@2026-11-10']);
    await act(() => api.redo());
    expect(await dates()).toEqual(['p1@2026-11-17', 'p3@2026-11-10', 'p4@2026-11-10']);
  });

  it('a new change clears the redo stack; an invalid change records nothing', async () => {
    await act(async () => {
      await api.commit({ upserts: [post(1)], deletes: [] }, 'one');
      await api.undo();
      await api.commit({ upserts: [post(2)], deletes: [] }, 'two');
    });
    expect(api.canRedo).toBe(false);
    await act(async () => {
      await expect(api.commit({ upserts: [{ ...post(3), time: '25:00' }], deletes: [] }, 'bad')).rejects.toThrow();
    });
    expect(await dates()).toEqual(['p2@2026-11-10']);
    await act(() => api.undo());
    expect(await db.posts.count()).toBe(0);
  });
});
