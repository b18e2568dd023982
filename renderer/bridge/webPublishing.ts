import type { CadenceBridge, NotificationPermission } from '../../shared/bridge/contract';
import { isPostingPage } from '../../shared/publishing/postingPages';

/**
 * The browser's side of publishing by hand (web mode, end-to-end tests): the Notification API, the
 * Clipboard API and a new tab for the posting pages.
 *
 * TRAP: Notification.requestPermission() is only ever called with `ask: true`, which the reminder
 * settings pass when the user turns reminders ON (a click): browsers ignore or penalise prompts that no
 * gesture asked for, and asking at start-up would nag everyone who never wanted reminders.
 * The notification objects are kept until clicked or closed, as in the desktop shell, so their click
 * handler lives as long as they are on screen.
 */

type Api = Pick<CadenceBridge, 'notify' | 'notificationPermission' | 'copyText' | 'openExternal' | 'onNotificationClick'>;

const clickListeners = new Set<(postId: string) => void>();
const shown = new Set<Notification>();

const currentPermission = (): NotificationPermission =>
  typeof window.Notification === 'function' ? window.Notification.permission : 'unavailable';

export const webPublishing: Api = {
  notify: async ({ title, body, postId }) => {
    if (currentPermission() !== 'granted') return false;
    try {
      const notification = new window.Notification(title, { body, tag: `cadence-${postId}` });
      shown.add(notification);
      notification.onclick = () => {
        shown.delete(notification);
        window.focus();
        notification.close();
        for (const listener of clickListeners) listener(postId);
      };
      notification.onclose = () => shown.delete(notification);
      return true;
    } catch {
      // Chrome on Android and some embedded browsers have the constructor but refuse to use it.
      return false;
    }
  },
  notificationPermission: async ({ ask }) => {
    const now = currentPermission();
    if (!ask || now !== 'default') return now;
    try {
      return await window.Notification.requestPermission();
    } catch {
      return 'unavailable';
    }
  },
  copyText: async (text) => {
    if (!navigator.clipboard?.writeText) throw new Error('The clipboard is not available here');
    await navigator.clipboard.writeText(text);
  },
  openExternal: async (url) => {
    if (!isPostingPage(url)) throw new Error('Refused openExternal: not one of the posting pages Cadence may open');
    // noopener: the network's page gets no handle back on Cadence's window.
    const opened = window.open(url, '_blank', 'noopener,noreferrer');
    void opened;
  },
  onNotificationClick: (listener) => {
    clickListeners.add(listener);
    return () => {
      clickListeners.delete(listener);
    };
  },
};
