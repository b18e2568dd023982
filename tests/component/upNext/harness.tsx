import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { vi } from 'vitest';
import type { CadenceBridge } from '../../../shared/bridge/contract';
import type { Client } from '../../../shared/model/client';
import type { Post } from '../../../shared/model/post';
import { BRIDGE_GLOBAL } from '../../../shared/bridge/names';
import { createClient } from '../../../renderer/db/clients';
import { createDb, openDb, type CadenceDb } from '../../../renderer/db/database';
import { DbProvider, useClients } from '../../../renderer/db/hooks';
import { createPost } from '../../../renderer/db/posts';
import { HistoryProvider } from '../../../renderer/features/history/History';
import { ToastProvider } from '../../../renderer/features/toasts/Toasts';
import { UpNextButton, UpNextDialog } from '../../../renderer/features/upNext/UpNextDialog';
import { useUpNext } from '../../../renderer/features/upNext/useUpNext';
import type { Clock } from '../../../renderer/features/upNext/useReminders';
import { createI18n } from '../../../renderer/i18n/i18n';

// jsdom has <dialog> but not showModal.
HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
  this.setAttribute('open', '');
};

/** A desktop-like bridge (window.cadence) whose publishing calls are mocks. */
export const installBridge = () => {
  const clicks = new Set<(postId: string) => void>();
  const bridge = {
    notify: vi.fn(async () => true),
    notificationPermission: vi.fn(async (): Promise<'granted' | 'denied' | 'default' | 'unavailable'> => 'granted'),
    copyText: vi.fn(async (_text: string) => undefined),
    openExternal: vi.fn(async (_url: string) => undefined),
    onNotificationClick: (listener: (postId: string) => void) => {
      clicks.add(listener);
      return () => void clicks.delete(listener);
    },
    click: (postId: string) => clicks.forEach((l) => l(postId)),
  };
  (window as unknown as Record<string, unknown>)[BRIDGE_GLOBAL] = bridge as unknown as CadenceBridge;
  return bridge;
};

export const removeBridge = () => {
  delete (window as unknown as Record<string, unknown>)[BRIDGE_GLOBAL];
};

export const openTestDb = async (): Promise<CadenceDb> => {
  const db = createDb();
  await openDb(db);
  return db;
};

export const addClient = (db: CadenceDb, name: string, timeZone = 'Europe/Paris', color = '#4f46e5') =>
  createClient(db, { name, color, channels: ['instagram', 'linkedin'], timeZone, weekStartsOn: 1, language: 'en' });

export const addPost = (db: CadenceDb, client: Client, over: Partial<Post> & { title: string; date: string | null; time: string | null }) =>
  createPost(db, {
    clientId: client.id,
    caption: `Caption of ${over.title} #bakery`,
    channel: 'instagram',
    format: 'image',
    tone: 'serious',
    intent: 'informative',
    invitesParticipation: false,
    status: 'scheduled',
    tags: [],
    notes: '',
    pillar: null,
    evergreen: null,
    series: null,
    order: null,
    ...over,
  });

/** A fixed clock (its timers never run): Up next's "now". */
export const fixedClock = (iso: string): Clock => ({ now: () => new Date(iso), setTimeout: () => 0, clearTimeout: () => undefined });

const UpNextProbe = ({ clientId, today, clock, onOpenPost }: { clientId: string | null; today: string; clock: Clock; onOpenPost: (post: Post) => void }) => {
  const clients = useClients();
  const upNext = useUpNext({ clients: clients ?? [], today, clientId, onOpenPost, clock });
  if (!clients) return null;
  return (
    <>
      <UpNextButton upNext={upNext} />
      {upNext.open && <UpNextDialog upNext={upNext} clients={clients} today={today} onOpenPost={onOpenPost} />}
    </>
  );
};

export const renderUpNext = async (db: CadenceDb, options: { clientId?: string | null; today?: string; now?: string; language?: 'en' | 'fr' } = {}) => {
  const i18n = await createI18n(options.language ?? 'en');
  const onOpenPost = vi.fn();
  const view = render(
    <I18nextProvider i18n={i18n}>
      <DbProvider db={db}>
        <ToastProvider>
          <HistoryProvider>
            <UpNextProbe clientId={options.clientId ?? null} today={options.today ?? '2026-11-24'} clock={fixedClock(options.now ?? '2026-11-24T09:00:00.000Z')} onOpenPost={onOpenPost} />
          </HistoryProvider>
        </ToastProvider>
      </DbProvider>
    </I18nextProvider>,
  );
  return { ...view, onOpenPost };
};
