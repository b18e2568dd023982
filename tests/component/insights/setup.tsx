// Shared set-up for the Insights component tests (not a test file itself): fixtures, a fake bridge
// and the providers the app puts around every screen.
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { vi } from 'vitest';
import type { CadenceBridge, OpenedFile } from '../../../shared/bridge/contract';
import type { Client } from '../../../shared/model/client';
import type { Post } from '../../../shared/model/post';
import type { ResultSnapshot } from '../../../shared/model/results';
import type { CadenceDb } from '../../../renderer/db/database';
import { DbProvider } from '../../../renderer/db/hooks';
import { HistoryProvider } from '../../../renderer/features/history/History';
import { ToastProvider } from '../../../renderer/features/toasts/Toasts';
import { createI18n } from '../../../renderer/i18n/i18n';

/** Tuesday 24 November 2026, 10:00 in Paris, as in the end-to-end tests. */
export const NOW = new Date('2026-11-24T10:00:00+01:00');

export const client = (id: string, name: string, extra: Partial<Client> = {}): Client => ({
  id,
  name,
  color: '#4f46e5',
  channels: ['instagram', 'linkedin'],
  timeZone: 'Europe/Paris',
  weekStartsOn: 1,
  language: 'en',
  archived: false,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  ...extra,
});

export const post = (id: string, clientId: string, date: string, extra: Partial<Post> = {}): Post => ({
  id,
  clientId,
  title: `Post ${id}`,
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
  status: 'published',
  tags: [],
  order: null,
  pillar: null,
  evergreen: null,
  series: null,
  notes: '',
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  ...extra,
});

/** A snapshot whose engagement rate is `percent` %: reach 100 and `percent` reactions. */
export const rated = (postId: string, percent: number, extra: Partial<ResultSnapshot> = {}): ResultSnapshot => ({
  id: `r-${postId}`,
  postId,
  takenAt: '2026-11-22T09:00:00.000Z',
  label: '7d',
  source: 'manual',
  reach: 100,
  impressions: null,
  reactions: percent,
  comments: 0,
  shares: 0,
  saves: 0,
  clicks: 0,
  repliesByTeam: 0,
  firstReplyMinutes: null,
  createdAt: '2026-11-22T09:00:00.000Z',
  updatedAt: '2026-11-22T09:00:00.000Z',
  ...extra,
});

export type FakeBridge = CadenceBridge & {
  saved: { suggestedName: string; data: string }[];
  printed: string[];
  nextFile: OpenedFile | null;
};

export const makeBridge = (): FakeBridge => {
  const bridge: FakeBridge = {
    saved: [],
    printed: [],
    nextFile: null,
    getAppInfo: vi.fn(async () => ({ shell: 'web' as const, version: '1', platform: 'test', locale: 'en' })),
    saveFile: vi.fn(async ({ suggestedName, data }) => {
      bridge.saved.push({ suggestedName, data });
      return { saved: true };
    }),
    openFile: vi.fn(async () => bridge.nextFile),
    printToPdf: vi.fn(async () => {
      bridge.printed.push(document.querySelector('.insights-print-root')?.textContent ?? '(nothing to print)');
      return { saved: true, path: '/home/me/report.pdf' };
    }),
    writeAutoBackup: vi.fn(async () => {
      throw new Error('not used');
    }),
    listBackups: vi.fn(async () => []),
    readBackup: vi.fn(async () => ''),
    missingBackupMedia: vi.fn(async () => []),
    writeBackupMedia: vi.fn(async () => undefined),
    readBackupMedia: vi.fn(async () => null),
    // Publishing calls (issue 16), unused here.
    notify: vi.fn(async () => false),
    notificationPermission: vi.fn(async () => 'unavailable' as const),
    copyText: vi.fn(async () => undefined),
    openExternal: vi.fn(async () => undefined),
    onNotificationClick: vi.fn(() => () => undefined),
  };
  return bridge;
};

/** jsdom has <dialog> but not showModal. */
export const polyfillDialog = () => {
  HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
};

export const renderWithApp = async (db: CadenceDb, ui: ReactElement, language: 'en' | 'fr' = 'en') => {
  const i18n = await createI18n(language);
  return render(
    <I18nextProvider i18n={i18n}>
      <DbProvider db={db}>
        <ToastProvider>
          <HistoryProvider>{ui}</HistoryProvider>
        </ToastProvider>
      </DbProvider>
    </I18nextProvider>,
  );
};
