import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckCircle2, ClipboardCopy, ExternalLink, MessageSquareText } from 'lucide-react';
import type { Post } from '../../../shared/model/post';
import { postingPageOf } from '../../../shared/publishing/postingPages';
import { getBridge } from '../../bridge/bridge';
import { versionsRead } from '../../db/conflicts';
import { useHistory } from '../history/History';
import { useToast } from '../toasts/Toasts';
import { useStorageErrors } from '../toasts/useStorageErrors';
import { captionText, markedPublished, readPublishForm, toLocalInput, type PublishErrors } from './publish';
import './upNext.css';

type Options = {
  post: Post;
  /** Called once an action is done (copied, opened, marked): the post menu closes itself. */
  onDone?: () => void;
  /** The clock for "published now" (tests pass a fixed one). */
  now?: () => Date;
  /** The post as Mark published stored it (the editor follows it). */
  onMarked?: (post: Post) => void;
};

/**
 * The publish helper for one post: Copy caption, Open <network>, Mark published (the time, now by
 * default and editable, and an optional https link to the live post). Marking is one undoable change
 * (the history); copying and opening change nothing.
 * The clipboard: the bridge (the system clipboard in the desktop app, the Clipboard API on the web);
 * where neither works (permission refused, no secure context), the caption is shown selected in a
 * text box with the message to press Ctrl+C, so it is never lost.
 * Use <PublishActions> wherever a post is shown (Up next rows, the editor); a menu uses the hook with
 * <PublishButtons> as its items and shows <PublishPanel> in their place while it is open.
 */
export const usePublishActions = ({ post, onDone, onMarked, now = () => new Date() }: Options) => {
  const { t } = useTranslation();
  const history = useHistory();
  const toast = useToast();
  const reportError = useStorageErrors();
  const [mode, setMode] = useState<'idle' | 'mark' | 'fallback'>('idle');
  const [form, setForm] = useState({ at: '', link: '' });
  const [errors, setErrors] = useState<PublishErrors>({});
  // A publication time still to come is almost always a slip (Insights would count the post as out):
  // the form asks once before marking it (the editor asks the same of a future published day).
  const [futureAsked, setFutureAsked] = useState(false);
  const page = postingPageOf(post.channel);
  const network = t(`channel.${post.channel}`);

  // What the clipboard fallback shows: the caption or the first comment, whichever was being copied.
  const [copying, setCopying] = useState<'caption' | 'comment'>('caption');

  const copy = async (what: 'caption' | 'comment' = 'caption') => {
    setCopying(what);
    try {
      await getBridge().copyText(what === 'caption' ? captionText(post) : (post.firstComment ?? ''));
      toast.show({ message: t(what === 'caption' ? 'publish.copied' : 'publish.copiedComment', { title: post.title }) });
      setMode('idle');
      onDone?.();
    } catch {
      setMode('fallback');
    }
  };

  const open = async () => {
    if (!page) return;
    try {
      await getBridge().openExternal(page);
      onDone?.();
    } catch {
      toast.show({ message: t('publish.openFailed', { network }), tone: 'error' });
    }
  };

  const startMark = () => {
    const at = post.publishedAt ? new Date(post.publishedAt) : now();
    setForm({ at: toLocalInput(at), link: post.liveUrl ?? '' });
    setErrors({});
    setFutureAsked(false);
    setMode('mark');
  };

  const editForm = (next: typeof form) => {
    setForm(next);
    setFutureAsked(false);
  };

  const submit = async (futureConfirmed = false) => {
    const read = readPublishForm(form);
    if (!read.ok) {
      setErrors(read.errors);
      return;
    }
    if (!futureConfirmed && new Date(read.fields.publishedAt) > now()) {
      setFutureAsked(true);
      return;
    }
    setFutureAsked(false);
    try {
      const marked = markedPublished(post, read.fields);
      const applied = await history.commit({ upserts: [marked], deletes: [], read: versionsRead([post]) }, t('history.markPublished', { title: post.title }));
      onMarked?.(applied.after.get(post.id) ?? marked);
      setMode('idle');
      toast.show({ message: t('publish.marked', { title: post.title }), action: { label: t('editor.undo'), run: () => void history.undoIfLatest(applied) } });
      onDone?.();
    } catch (error) {
      reportError(error);
    }
  };

  return { post, page, network, mode, setMode, form, setForm: editForm, errors, futureAsked, copy, copying, open, startMark, submit };
};

export type PublishApi = ReturnType<typeof usePublishActions>;

/** The three actions as buttons ('row') or as items of a menu ('menu', role menuitem). */
export const PublishButtons = ({ publish, readOnly, variant = 'row' }: { publish: PublishApi; readOnly: boolean; variant?: 'row' | 'menu' }) => {
  const { t } = useTranslation();
  const { post, page, network, mode } = publish;
  const role = variant === 'menu' ? 'menuitem' : undefined;
  const className = variant === 'row' ? 'button button-small' : undefined;
  const published = post.status === 'published';
  return (
    <>
      <button type="button" role={role} className={className} onClick={() => void publish.copy()} disabled={post.caption === ''} title={post.caption === '' ? t('publish.noCaption') : undefined}>
        <ClipboardCopy size={14} aria-hidden="true" /> {t('publish.copy')}
      </button>
      {(post.firstComment ?? '') !== '' && (
        <button type="button" role={role} className={className} onClick={() => void publish.copy('comment')}>
          <MessageSquareText size={14} aria-hidden="true" /> {t('publish.copyComment')}
        </button>
      )}
      {page && (
        <button type="button" role={role} className={className} onClick={() => void publish.open()}>
          <ExternalLink size={14} aria-hidden="true" /> {t('publish.open', { network })}
        </button>
      )}
      {!readOnly && (
        <button type="button" role={role} className={className} aria-expanded={variant === 'row' ? mode === 'mark' : undefined} onClick={publish.startMark}>
          <CheckCircle2 size={14} aria-hidden="true" /> {published ? t('publish.details') : t('publish.mark')}
        </button>
      )}
    </>
  );
};

/** The Mark published form, or the clipboard fallback, while one is open (nothing otherwise). */
export const PublishPanel = ({ publish }: { publish: PublishApi }) => {
  const { t, i18n } = useTranslation();
  const id = useId();
  const fallbackRef = useRef<HTMLTextAreaElement>(null);
  const atRef = useRef<HTMLInputElement>(null);
  const { post, mode, form, setForm, errors } = publish;
  const published = post.status === 'published';

  useEffect(() => {
    if (mode === 'fallback') {
      fallbackRef.current?.focus();
      fallbackRef.current?.select();
    }
    if (mode === 'mark') atRef.current?.focus();
  }, [mode]);

  if (mode === 'fallback') {
    return (
      <div className="publish-fallback" role="group" aria-labelledby={`${id}-fallback`}>
        <p id={`${id}-fallback`} className="banner banner-warning" role="alert">{t('publish.clipboardFailed')}</p>
        <textarea
          ref={fallbackRef}
          readOnly
          value={publish.copying === 'caption' ? captionText(post) : (post.firstComment ?? '')}
          rows={4}
          aria-label={t(publish.copying === 'caption' ? 'publish.captionText' : 'publish.commentText')}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" className="button button-small" onClick={() => publish.setMode('idle')}>{t('publish.done')}</button>
      </div>
    );
  }
  if (mode !== 'mark') return null;
  return (
    // TRAP: a group, not a <form>: the editor shows this inside its own form, and a nested form's
    // submit event bubbles to the outer one (the editor would save over the post just marked).
    <div
      className="publish-form"
      role="group"
      aria-label={t('publish.formLabel', { title: post.title })}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && e.target instanceof HTMLInputElement) {
          e.preventDefault();
          e.stopPropagation();
          void publish.submit();
        } else if (e.key === 'Escape') {
          e.stopPropagation();
          publish.setMode('idle');
        }
      }}
    >
      <label htmlFor={`${id}-at`}>{t('publish.at')}</label>
      <input
        ref={atRef}
        id={`${id}-at`}
        type="datetime-local"
        value={form.at}
        aria-invalid={errors.at ? true : undefined}
        aria-describedby={errors.at ? `${id}-at-error` : undefined}
        onChange={(e) => setForm({ ...form, at: e.target.value })}
      />
      {errors.at && <p id={`${id}-at-error`} className="field-error">{t(errors.at)}</p>}
      <label htmlFor={`${id}-link`}>{t('publish.link')}</label>
      <input
        id={`${id}-link`}
        type="url"
        inputMode="url"
        placeholder="https://"
        value={form.link}
        aria-invalid={errors.link ? true : undefined}
        aria-describedby={errors.link ? `${id}-link-error` : `${id}-link-hint`}
        onChange={(e) => setForm({ ...form, link: e.target.value })}
      />
      {errors.link ? <p id={`${id}-link-error`} className="field-error">{t(errors.link)}</p> : <p id={`${id}-link-hint`} className="field-hint">{t('publish.linkHint')}</p>}
      {publish.futureAsked && (
        <p className="banner banner-warning" role="alert">
          {t('publish.futureQuestion', { when: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(form.at)) })}
        </p>
      )}
      <div className="publish-form-actions">
        <button type="button" className="button" onClick={() => publish.setMode('idle')}>{t('clients.cancel')}</button>
        {publish.futureAsked && (
          <button type="button" className="button" onClick={() => void publish.submit(true)}>{t('futurePublish.confirm')}</button>
        )}
        <button type="button" className="primary-button" onClick={() => void publish.submit()}>{published ? t('publish.save') : t('publish.confirm')}</button>
      </div>
    </div>
  );
};

/** The publish helper as a block: its buttons in a row, and the form or fallback under them. */
export const PublishActions = ({ post, readOnly, onDone, onMarked, now }: Options & { readOnly: boolean }) => {
  const publish = usePublishActions({ post, onDone, onMarked, now });
  return (
    <div className="publish-actions">
      <div className="publish-buttons">
        <PublishButtons publish={publish} readOnly={readOnly} />
      </div>
      <PublishPanel publish={publish} />
    </div>
  );
};
