import type { CadenceBridgeCalls, NotificationPermission, NotifyRequest } from '../../shared/bridge/contract';
import { isPostingPage } from '../../shared/publishing/postingPages';

/**
 * The main-process side of publishing by hand: reminders as system notifications, the clipboard, and
 * the networks' posting pages. Electron objects are parameters so this is tested without Electron.
 *
 * TRAP: an Electron Notification that nothing references is garbage-collected, and its click handler
 * with it (the notification stays on screen but clicking it does nothing). Each shown notification is
 * kept here until it is clicked or closed.
 * SECURITY: openExternal checks the address against the allow-list again, although the IPC layer has
 * already validated it with the contract's schema: this function must stay safe if it is ever wired
 * another way. The renderer never gets the notification object, only the post id on click.
 */

export type NotificationLike = {
  on(event: 'click' | 'close', listener: () => void): unknown;
  show(): void;
};

export type PublishingDeps = {
  notifications: {
    isSupported(): boolean;
    create(options: { title: string; body: string; silent: boolean }): NotificationLike;
  };
  /** A reminder was clicked: bring the window forward and tell the page which post. */
  onNotificationClick(postId: string): void;
  clipboard: { writeText(text: string): void };
  openExternal(url: string): Promise<void>;
};

export type PublishingHandlers = Pick<CadenceBridgeCalls, 'notify' | 'notificationPermission' | 'copyText' | 'openExternal'>;

export const createPublishingHandlers = (deps: PublishingDeps): PublishingHandlers & { readonly pending: () => number } => {
  const shown = new Set<NotificationLike>();
  const permission = (): NotificationPermission => (deps.notifications.isSupported() ? 'granted' : 'unavailable');

  const notify = async ({ title, body, postId }: NotifyRequest): Promise<boolean> => {
    if (!deps.notifications.isSupported()) return false;
    const notification = deps.notifications.create({ title, body, silent: false });
    shown.add(notification);
    notification.on('click', () => {
      shown.delete(notification);
      deps.onNotificationClick(postId);
    });
    notification.on('close', () => shown.delete(notification));
    notification.show();
    return true;
  };

  return {
    notify,
    // The desktop app needs no permission prompt: the system's own settings decide, out of our sight.
    notificationPermission: async () => permission(),
    copyText: async (text) => {
      deps.clipboard.writeText(text);
    },
    openExternal: async (url) => {
      if (!isPostingPage(url)) throw new Error('Refused openExternal: not one of the posting pages Cadence may open');
      await deps.openExternal(url);
    },
    pending: () => shown.size,
  };
};
