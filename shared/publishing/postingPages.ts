/**
 * Where each network's posting page is, for "Open Instagram / LinkedIn / …": the ONLY addresses the
 * bridge's openExternal call will open.
 *
 * SECURITY: this list is the whole allow-list. openExternal takes an address, not a channel, so the
 * renderer and the main process can both check it against this exact list (string equality, no
 * prefix or pattern): a compromised page can open one of these pages in the system browser and
 * nothing else, never a file://, a custom protocol handler or a tracking link. Adding an address here
 * is a security decision; keep them https, on the network's own domain, without query parameters
 * that carry content.
 */
import type { Channel } from '../model/enums';

/** Checked 2026-12 on each network's web app, signed in. */
export const POSTING_PAGES: Readonly<Partial<Record<Channel, string>>> = {
  instagram: 'https://www.instagram.com/',
  facebook: 'https://www.facebook.com/',
  linkedin: 'https://www.linkedin.com/feed/?shareActive=true',
  tiktok: 'https://www.tiktok.com/upload',
  x: 'https://x.com/compose/post',
  youtube: 'https://studio.youtube.com/',
  pinterest: 'https://www.pinterest.com/pin-builder/',
  threads: 'https://www.threads.net/',
  bluesky: 'https://bsky.app/',
};

const ALLOWED: ReadonlySet<string> = new Set(Object.values(POSTING_PAGES));

/** True only for an address in POSTING_PAGES, exactly. */
export const isPostingPage = (url: unknown): url is string => typeof url === 'string' && ALLOWED.has(url);

/** The posting page of a channel, or null (blog, newsletter: no single page to open). */
export const postingPageOf = (channel: Channel): string | null => POSTING_PAGES[channel] ?? null;
