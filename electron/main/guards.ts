import type { Session, WebContents } from 'electron';
import { APP_URL_PREFIX } from './appProtocol';

/**
 * Navigation, new-window, webview, permission and IPC-sender guards for every web page Electron
 * creates.
 *
 * SECURITY: the window runs with a bridge to the operating system, so it must only ever show our own
 * pages. A link, a redirect, `window.open`, a `<webview>` or an injected `<iframe>` that brought a
 * foreign page into it would hand that page the bridge. Each decision is a pure function (tested);
 * `hardenWebContents` and `denyAllPermissions` only wire them to Electron.
 */

/** The URL prefixes whose pages are ours: `app://cadence/`, plus the dev server in `npm run dev`. */
export type TrustedPrefixes = readonly string[];

export const DEFAULT_TRUSTED_PREFIXES: TrustedPrefixes = [APP_URL_PREFIX];

export const isTrustedUrl = (url: string, trusted: TrustedPrefixes = DEFAULT_TRUSTED_PREFIXES): boolean =>
  trusted.some((prefix) => url.startsWith(prefix));

/** A page may only navigate within our own pages; everything else is refused, never opened. */
export const decideNavigation = (url: string, trusted?: TrustedPrefixes): 'allow' | 'deny' =>
  isTrustedUrl(url, trusted) ? 'allow' : 'deny';

export type WindowOpenDecision = { action: 'deny'; openExternally: string | null };

/**
 * No page ever gets a second Electron window. Web links open in the user's browser; any other scheme
 * (file:, javascript:, custom protocol handlers, app:) is dropped, as it could launch programs.
 */
export const decideWindowOpen = (url: string): WindowOpenDecision => {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { action: 'deny', openExternally: null };
  }
  const isWeb = parsed.protocol === 'http:' || parsed.protocol === 'https:';
  return { action: 'deny', openExternally: isWeb ? parsed.href : null };
};

/** The parts of Electron's WebFrameMain the sender check reads (tests pass plain objects). */
export type FrameLike = {
  readonly url: string;
  readonly parent: unknown;
  readonly processId: number;
  readonly routingId: number;
};

/**
 * Builds the predicate every IPC handler runs first: the message must come from the main frame of the
 * app window (not an iframe, not another window) while it shows one of our pages.
 */
export const createTrustedSenderCheck =
  (getAppMainFrame: () => FrameLike | null | undefined, trusted: TrustedPrefixes = DEFAULT_TRUSTED_PREFIXES) =>
  (frame: FrameLike | null | undefined): boolean => {
    if (!frame || frame.parent !== null) return false;
    const mainFrame = getAppMainFrame();
    if (!mainFrame) return false;
    const isAppMainFrame =
      frame === mainFrame ||
      (frame.processId === mainFrame.processId && frame.routingId === mainFrame.routingId);
    return isAppMainFrame && isTrustedUrl(frame.url, trusted);
  };

type OpenExternal = (url: string) => Promise<void>;

/** Wires the decisions above to one WebContents (call it from `app.on('web-contents-created')`). */
export const hardenWebContents = (
  contents: WebContents,
  openExternal: OpenExternal,
  trusted: TrustedPrefixes = DEFAULT_TRUSTED_PREFIXES,
): void => {
  const refuseForeign = (event: { preventDefault(): void }, url: string): void => {
    if (decideNavigation(url, trusted) === 'deny') event.preventDefault();
  };
  contents.on('will-navigate', (event) => refuseForeign(event, event.url));
  contents.on('will-redirect', (event) => refuseForeign(event, event.url));
  contents.on('will-frame-navigate', (event) => refuseForeign(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.openExternally) void openExternal(decision.openExternally).catch(() => undefined);
    return { action: decision.action };
  });
};

/**
 * Cadence needs no camera, notifications, geolocation, clipboard-read, etc.; refusing both requests
 * and checks means a compromised page cannot even probe them.
 */
export const denyAllPermissions = (session: Session): void => {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
};

/**
 * Where Chromium would fetch Hunspell dictionaries (Windows and Linux; macOS uses the system's own
 * checker): the discard port of this machine, so even a spellchecker turned back on by a bug cannot
 * reach the network. Nothing listens there, and nothing leaves the machine.
 */
export const OFFLINE_DICTIONARY_URL = 'http://127.0.0.1:9/';

/**
 * The spellchecker stays off: it would download dictionaries from Google's servers the first time,
 * and the calendar's words (clients, campaigns) have no business leaving the machine. The window
 * also turns it off (webPreferences.spellcheck, window.ts).
 */
export const keepSpellCheckerOffline = (
  session: Pick<Session, 'setSpellCheckerEnabled' | 'setSpellCheckerDictionaryDownloadURL'>,
): void => {
  session.setSpellCheckerDictionaryDownloadURL(OFFLINE_DICTIONARY_URL);
  session.setSpellCheckerEnabled(false);
};
