import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CalendarClock, Copy, Inbox, Pencil, Trash2 } from 'lucide-react';
import { isDay } from '../../../shared/dates';
import type { Post } from '../../../shared/model/post';
import { versionsRead } from '../../db/conflicts';
import { newId, nowIso } from '../../db/ids';
import { useHistory } from '../history/History';
import { useToast } from '../toasts/Toasts';
import { useStorageErrors } from '../toasts/useStorageErrors';
import { keyAtEnd } from '../backlog/ordering';
import { PublishButtons, PublishPanel, usePublishActions } from '../upNext/PublishActions';

type Props = {
  post: Post;
  anchor: DOMRect;
  backlog: readonly Post[];
  readOnly: boolean;
  onEdit: (id: string) => void;
  onClose: () => void;
};

/**
 * A post's menu: the keyboard- and mouse-friendly way to do what dragging does (Move to date…), plus
 * duplicate, send back to the ideas, and delete; and the publish helper (copy the caption, open the
 * network, mark published). Every change is one undoable change.
 */
export const PostMenu = ({ post, anchor, backlog, readOnly, onEdit, onClose }: Props) => {
  const { t } = useTranslation();
  const history = useHistory();
  const toast = useToast();
  const reportError = useStorageErrors();
  const ref = useRef<HTMLDivElement>(null);
  const [moving, setMoving] = useState(false);
  const [date, setDate] = useState(post.date ?? '');
  const [error, setError] = useState<string | null>(null);
  const publish = usePublishActions({ post, onDone: onClose });

  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    ref.current?.querySelector<HTMLElement>('[role="menuitem"], input')?.focus();
    const onPointer = (event: PointerEvent) => {
      if (ref.current && !ref.current.contains(event.target as Node)) onClose();
    };
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      opener?.focus?.();
    };
  }, [onClose, moving, publish.mode]);

  const run = async (next: { upserts: Post[]; deletes: string[] }, label: string, message: string) => {
    try {
      // Every action here starts from `post` as the menu read it: a post changed or deleted in another
      // window since is a conflict (a delete included), never overwritten or brought back.
      const applied = await history.commit({ ...next, read: versionsRead([post]) }, label);
      onClose();
      toast.show({ message, action: { label: t('editor.undo'), run: () => void history.undoIfLatest(applied) } });
    } catch (e) {
      reportError(e);
    }
  };

  const move = (event: FormEvent) => {
    event.preventDefault();
    if (!isDay(date)) {
      setError(t('errors.dateInvalid'));
      return;
    }
    const status = post.status === 'idea' ? 'draft' : post.status;
    void run({ upserts: [{ ...post, date, status }], deletes: [] }, t('history.move', { title: post.title }), t('postMenu.moved', { title: post.title, date }));
  };

  const duplicate = () => {
    const now = nowIso();
    const copy: Post = { ...post, id: newId(), createdAt: now, updatedAt: now, order: post.date ? post.order : keyAtEnd(backlog) };
    void run({ upserts: [copy], deletes: [] }, t('history.duplicate', { title: post.title }), t('postMenu.duplicated', { title: post.title }));
  };

  const toBacklog = () =>
    void run(
      { upserts: [{ ...post, date: null, status: 'idea', order: keyAtEnd(backlog) }], deletes: [] },
      t('history.move', { title: post.title }),
      t('dnd.toBacklog', { title: post.title }),
    );

  const remove = () =>
    void run({ upserts: [], deletes: [post.id] }, t('history.delete', { title: post.title }), t('editor.deleted', { title: post.title }));

  const keyNav = (event: React.KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const items = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLElement);
    items[(index + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
  };

  const top = Math.max(8, Math.min(anchor.bottom + 4, window.innerHeight - 340));
  const left = Math.min(anchor.left, window.innerWidth - 250);
  return (
    <div ref={ref} className="post-menu" style={{ top, left }} onKeyDown={keyNav}>
      {moving ? (
        <form onSubmit={move} className="post-menu-move" aria-label={t('postMenu.moveTo')}>
          <label htmlFor="post-menu-date">{t('postMenu.moveTo')}</label>
          <input id="post-menu-date" type="date" value={date} aria-invalid={error ? true : undefined} aria-describedby={error ? 'post-menu-error' : undefined} onChange={(e) => setDate(e.target.value)} />
          {error && <p id="post-menu-error" className="field-error">{error}</p>}
          <p className="field-hint">{post.time ? t('postMenu.keepsTime', { time: post.time }) : t('postMenu.noTime')}</p>
          <div className="post-menu-actions">
            <button type="button" className="button" onClick={onClose}>{t('clients.cancel')}</button>
            <button type="submit" className="primary-button">{t('postMenu.move')}</button>
          </div>
        </form>
      ) : publish.mode !== 'idle' ? (
        <div className="post-menu-publish">
          <PublishPanel publish={publish} />
        </div>
      ) : (
        <div role="menu" aria-label={t('postMenu.label', { title: post.title })}>
          <button type="button" role="menuitem" onClick={() => { onClose(); onEdit(post.id); }}>
            <Pencil size={14} aria-hidden="true" /> {t('postMenu.edit')}
          </button>
          <PublishButtons publish={publish} readOnly={readOnly} variant="menu" />
          {!readOnly && (
            <>
              <button type="button" role="menuitem" onClick={() => setMoving(true)}>
                <CalendarClock size={14} aria-hidden="true" /> {t('postMenu.moveTo')}
              </button>
              <button type="button" role="menuitem" onClick={duplicate}>
                <Copy size={14} aria-hidden="true" /> {t('postMenu.duplicate')}
              </button>
              {post.date && (
                <button type="button" role="menuitem" onClick={toBacklog}>
                  <Inbox size={14} aria-hidden="true" /> {t('postMenu.toBacklog')}
                </button>
              )}
              <button type="button" role="menuitem" className="menu-danger" onClick={remove}>
                <Trash2 size={14} aria-hidden="true" /> {t('editor.delete')}
              </button>
            </>
          )}
        </div>
      )}
    </div>
  );
};
