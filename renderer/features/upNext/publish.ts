import { format, isValid, parse } from 'date-fns';
import { isHttpsUrl, MAX_LIVE_URL } from '../../../shared/model/published';
import type { Post } from '../../../shared/model/post';

/**
 * What the publish actions write and copy, apart from React.
 * The caption is copied as it is: hashtags inserted from a set live in the caption itself, so "the
 * caption with its hashtags" is the caption (a first comment, when posts have one, is copied apart).
 */
export const captionText = (post: Pick<Post, 'caption'>): string => post.caption;

const LOCAL_INPUT = "yyyy-MM-dd'T'HH:mm";

/** A Date as a datetime-local input shows it (this machine's zone, to the minute). */
export const toLocalInput = (instant: Date): string => format(instant, LOCAL_INPUT);

export type PublishForm = { at: string; link: string };
export type PublishFields = { publishedAt: string; liveUrl: string | null };
export type PublishErrors = Partial<Record<'at' | 'link', string>>;

/** The form read as the post's fields, or the i18n key of each field's error. */
export const readPublishForm = (form: PublishForm): { ok: true; fields: PublishFields } | { ok: false; errors: PublishErrors } => {
  const errors: PublishErrors = {};
  const at = parse(form.at.trim(), LOCAL_INPUT, new Date(0));
  if (!isValid(at)) errors.at = 'errors.publishedAtInvalid';
  const link = form.link.trim();
  if (link.length > MAX_LIVE_URL) errors.link = 'errors.liveUrlTooLong';
  else if (link !== '' && !isHttpsUrl(link)) errors.link = 'errors.liveUrlInvalid';
  if (errors.at || errors.link) return { ok: false, errors };
  return { ok: true, fields: { publishedAt: at.toISOString(), liveUrl: link === '' ? null : link } };
};

/** The post marked published with these details. */
export const markedPublished = (post: Post, fields: PublishFields): Post => ({
  ...post,
  status: 'published',
  publishedAt: fields.publishedAt,
  liveUrl: fields.liveUrl,
});
