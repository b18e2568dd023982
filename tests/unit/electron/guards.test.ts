import { EventEmitter } from 'node:events';
import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  createTrustedSenderCheck,
  decideNavigation,
  decideWindowOpen,
  denyAllPermissions,
  hardenWebContents,
  isTrustedUrl,
  type FrameLike,
} from '../../../electron/main/guards';

describe('decideNavigation', () => {
  it('allows our own pages', () => {
    expect(decideNavigation('app://cadence/index.html')).toBe('allow');
    expect(decideNavigation('app://cadence/index.html#/week')).toBe('allow');
  });

  it.each([
    'https://evil.example/',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'app://cadence.evil.example/',
    'app://other/index.html',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    '',
  ])('denies %s', (url) => {
    expect(decideNavigation(url)).toBe('deny');
  });

  it('allows a dev-server prefix only when it is passed in', () => {
    expect(decideNavigation('http://localhost:5173/src/main.tsx')).toBe('deny');
    expect(decideNavigation('http://localhost:5173/src/main.tsx', ['app://cadence/', 'http://localhost:5173/'])).toBe('allow');
    expect(isTrustedUrl('http://localhost:51730/', ['http://localhost:5173/'])).toBe(false);
  });
});

describe('decideWindowOpen', () => {
  it('never opens an Electron window; web links go to the browser', () => {
    expect(decideWindowOpen('https://example.com/a?b=1')).toEqual({ action: 'deny', openExternally: 'https://example.com/a?b=1' });
    expect(decideWindowOpen('HTTP://Example.com')).toEqual({ action: 'deny', openExternally: 'http://example.com/' });
  });

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'app://cadence/index.html', 'smb://host/share', 'ms-msdt:/id', 'nonsense'])(
    'drops %s',
    (url) => {
      expect(decideWindowOpen(url)).toEqual({ action: 'deny', openExternally: null });
    },
  );
});

describe('createTrustedSenderCheck', () => {
  const main: FrameLike = { url: 'app://cadence/index.html', parent: null, processId: 3, routingId: 1 };
  const check = createTrustedSenderCheck(() => main);

  it('trusts the app main frame, also when Electron hands out a different object for it', () => {
    expect(check(main)).toBe(true);
    expect(check({ ...main })).toBe(true);
  });

  it('distrusts a missing frame, a subframe, a foreign page and another window', () => {
    expect(check(null)).toBe(false);
    expect(check(undefined)).toBe(false);
    expect(check({ ...main, parent: main, routingId: 2 })).toBe(false);
    expect(check({ ...main, parent: main })).toBe(false);
    expect(check({ ...main, url: 'https://evil.example/' })).toBe(false);
    expect(check({ ...main, processId: 8 })).toBe(false);
    expect(createTrustedSenderCheck(() => null)(main)).toBe(false);
  });
});

const fakeContents = () => {
  const emitter = new EventEmitter();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler;
    },
  });
  const fire = (event: string, url: string) => {
    const details = { url, preventDefault: vi.fn() };
    emitter.emit(event, details, url);
    return details.preventDefault;
  };
  return { contents: contents as unknown as WebContents, fire, open: (url: string) => openHandler!({ url }) };
};

describe('hardenWebContents', () => {
  it.each(['will-navigate', 'will-redirect', 'will-frame-navigate'])('%s: prevents foreign URLs, lets ours through', (event) => {
    const { contents, fire } = fakeContents();
    hardenWebContents(contents, vi.fn(async () => undefined));
    expect(fire(event, 'https://evil.example/')).toHaveBeenCalledOnce();
    expect(fire(event, 'file:///etc/passwd')).toHaveBeenCalledOnce();
    expect(fire(event, 'app://cadence/index.html')).not.toHaveBeenCalled();
  });

  it('prevents every webview from attaching', () => {
    const { contents, fire } = fakeContents();
    hardenWebContents(contents, vi.fn(async () => undefined));
    expect(fire('will-attach-webview', 'app://cadence/index.html')).toHaveBeenCalledOnce();
  });

  it('denies window.open, handing only web links to the browser', () => {
    const { contents, open } = fakeContents();
    const openExternal = vi.fn(async (_url: string) => undefined);
    hardenWebContents(contents, openExternal);
    expect(open('https://example.com/')).toEqual({ action: 'deny' });
    expect(open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(open('app://cadence/index.html')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://example.com/']]);
  });

  it('survives a failing shell.openExternal', async () => {
    const { contents, open } = fakeContents();
    hardenWebContents(contents, vi.fn(async () => Promise.reject(new Error('no browser'))));
    expect(open('https://example.com/')).toEqual({ action: 'deny' });
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
});

describe('denyAllPermissions', () => {
  it('refuses every permission request and check', () => {
    const setPermissionRequestHandler = vi.fn();
    const setPermissionCheckHandler = vi.fn();
    denyAllPermissions({ setPermissionRequestHandler, setPermissionCheckHandler } as unknown as Session);

    const requestHandler = setPermissionRequestHandler.mock.calls[0]?.[0];
    const checkHandler = setPermissionCheckHandler.mock.calls[0]?.[0];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      requestHandler({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect(checkHandler({}, permission, 'app://cadence', {})).toBe(false);
    }
  });
});
