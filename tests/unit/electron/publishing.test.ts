// The main process's publishing calls (issue 16): reminders as system notifications whose click comes
// back with the post id, the clipboard, and openExternal limited to the posting pages, checked in the
// handler itself and by the IPC layer's schema.
import { describe, expect, it, vi } from 'vitest';
import { bridgeArgs } from '../../../shared/bridge/contract';
import { POSTING_PAGES, isPostingPage } from '../../../shared/publishing/postingPages';
import { createPublishingHandlers, type NotificationLike } from '../../../electron/main/publishing';

const fakeNotifications = (supported = true) => {
  const made: { options: unknown; listeners: Map<string, () => void>; show: ReturnType<typeof vi.fn> }[] = [];
  return {
    made,
    notifications: {
      isSupported: () => supported,
      create: (options: unknown): NotificationLike => {
        const entry = { options, listeners: new Map<string, () => void>(), show: vi.fn() };
        made.push(entry);
        return { on: (event, listener) => entry.listeners.set(event, listener), show: entry.show };
      },
    },
  };
};

const setup = (supported = true) => {
  const fake = fakeNotifications(supported);
  const deps = {
    notifications: fake.notifications,
    onNotificationClick: vi.fn(),
    clipboard: { writeText: vi.fn() },
    openExternal: vi.fn(async () => undefined),
  };
  return { ...fake, deps, handlers: createPublishingHandlers(deps) };
};

describe('notify', () => {
  it('shows a notification with the title and body, and a click sends back its post id once', async () => {
    const { handlers, made, deps } = setup();
    await expect(handlers.notify({ title: 'In 15 min: Launch day', body: 'Instagram · 09:00', postId: 'p1' })).resolves.toBe(true);
    expect(made).toHaveLength(1);
    expect(made[0]!.options).toEqual({ title: 'In 15 min: Launch day', body: 'Instagram · 09:00', silent: false });
    expect(made[0]!.show).toHaveBeenCalledOnce();
    expect(deps.onNotificationClick).not.toHaveBeenCalled();
    made[0]!.listeners.get('click')!();
    expect(deps.onNotificationClick).toHaveBeenCalledWith('p1');
  });

  it('keeps each notification referenced until clicked or closed (else its click handler is collected)', async () => {
    const { handlers, made } = setup();
    await handlers.notify({ title: 'a', body: '', postId: 'p1' });
    await handlers.notify({ title: 'b', body: '', postId: 'p2' });
    expect(handlers.pending()).toBe(2);
    made[0]!.listeners.get('click')!();
    made[1]!.listeners.get('close')!();
    expect(handlers.pending()).toBe(0);
  });

  it('says false, and shows nothing, where the system has no notifications; permission follows support', async () => {
    const { handlers, made } = setup(false);
    await expect(handlers.notify({ title: 'a', body: '', postId: 'p1' })).resolves.toBe(false);
    expect(made).toEqual([]);
    await expect(handlers.notificationPermission({ ask: true })).resolves.toBe('unavailable');
    await expect(setup(true).handlers.notificationPermission({ ask: false })).resolves.toBe('granted');
  });

  it('refuses a request with extra fields, an empty title or a long post id at the IPC schema', () => {
    expect(bridgeArgs.notify.safeParse([{ title: 'a', body: '', postId: 'p' }]).success).toBe(true);
    expect(bridgeArgs.notify.safeParse([{ title: 'a', body: '', postId: 'p', icon: '/etc/passwd' }]).success).toBe(false);
    expect(bridgeArgs.notify.safeParse([{ title: '', body: '', postId: 'p' }]).success).toBe(false);
    expect(bridgeArgs.notify.safeParse([{ title: 'a', body: '', postId: 'p'.repeat(101) }]).success).toBe(false);
  });
});

describe('copyText', () => {
  it('writes the text to the system clipboard', async () => {
    const { handlers, deps } = setup();
    await handlers.copyText('Fresh bread 🥖\n\n#bakery #paris');
    expect(deps.clipboard.writeText).toHaveBeenCalledWith('Fresh bread 🥖\n\n#bakery #paris');
  });
});

describe('openExternal: the posting pages only', () => {
  const refused = [
    'https://evil.example/',
    'https://www.instagram.com.evil.example/',
    'https://www.instagram.com/accounts/logout/',
    'http://www.instagram.com/',
    'HTTPS://WWW.INSTAGRAM.COM/',
    ' https://www.instagram.com/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'ms-settings:privacy',
    '',
  ];

  it('opens every posting page, all https', async () => {
    const { handlers, deps } = setup();
    for (const url of Object.values(POSTING_PAGES)) {
      expect(url.startsWith('https://')).toBe(true);
      await handlers.openExternal(url);
      expect(bridgeArgs.openExternal.safeParse([url]).success).toBe(true);
    }
    expect(deps.openExternal.mock.calls.map((call) => (call as unknown[])[0])).toEqual(Object.values(POSTING_PAGES));
  });

  it.each(refused)('refuses %j in the handler and at the IPC schema, without opening anything', async (url) => {
    const { handlers, deps } = setup();
    expect(isPostingPage(url)).toBe(false);
    await expect(handlers.openExternal(url)).rejects.toThrow(/Refused openExternal/);
    expect(bridgeArgs.openExternal.safeParse([url]).success).toBe(false);
    expect(deps.openExternal).not.toHaveBeenCalled();
  });
});
