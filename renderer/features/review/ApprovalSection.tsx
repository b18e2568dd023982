import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { APPROVAL_STATES, ApprovalCommentSchema, NO_APPROVAL, type ApprovalState } from '../../../shared/model/approval';
import type { Post } from '../../../shared/model/post';
import { versionsRead } from '../../db/conflicts';
import { newId } from '../../db/ids';
import { ApprovalMark } from '../../ui/ApprovalMark';
import { Field } from '../../ui/Field';
import { useHistory } from '../history/History';
import { useToast } from '../toasts/Toasts';
import { useStorageErrors } from '../toasts/useStorageErrors';
import { withApprovalState, withInternalNote } from './approvalChange';
import './review.css';

type Props = {
  post: Post;
  /** While the post differs elsewhere, nothing here writes (the editor's notice asks first). */
  readOnly: boolean;
  /** The post as stored by a change made here: the editor follows it (not "a change elsewhere"). */
  onChanged: (post: Post) => void;
  /** The clock for a note's time (tests pass a fixed one). */
  now?: () => Date;
};

// The name internal notes are signed with, remembered on this machine (not a Cadence setting: it is
// the person at the keyboard, and two people may share a calendar).
const NAME_KEY = 'cadence.noteAuthor';
const rememberedName = (): string => {
  try {
    return localStorage.getItem(NAME_KEY) ?? '';
  } catch {
    return '';
  }
};

/**
 * The editor's Review section (issue 17): the post's approval state, set by hand (each change one undo
 * step), whether the client answered about an older version, and the thread: the client's comments
 * (from a decisions file) apart from the team's internal notes, which never go into a review pack.
 */
export const ApprovalSection = ({ post, readOnly, onChanged, now = () => new Date() }: Props) => {
  const { t, i18n } = useTranslation();
  const id = useId();
  const history = useHistory();
  const toast = useToast();
  const reportError = useStorageErrors();
  const approval = post.approval ?? NO_APPROVAL;
  const [author, setAuthor] = useState(rememberedName);
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<{ author?: string; text?: string }>({});

  const write = async (next: Post, label: string) => {
    try {
      const applied = await history.commit({ upserts: [next], deletes: [], read: versionsRead([post]) }, label);
      onChanged(applied.after.get(post.id) ?? next);
      return applied;
    } catch (error) {
      reportError(error);
      return null;
    }
  };

  const setState = async (state: ApprovalState) => {
    const applied = await write(withApprovalState(post, state), t('history.approval', { title: post.title }));
    if (applied) toast.show({ message: t('approval.stateSet', { title: post.title, state: t(`approval.state.${state}`) }), action: { label: t('editor.undo'), run: () => void history.undoIfLatest(applied) } });
  };

  const addNote = async () => {
    const note = { id: newId(), author, at: now().toISOString(), text, kind: 'internal' as const };
    const parsed = ApprovalCommentSchema.safeParse(note);
    if (!parsed.success) {
      const found: { author?: string; text?: string } = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] === 'author' ? 'author' : 'text';
        found[field] ??= issue.message;
      }
      setErrors(found);
      return;
    }
    try {
      localStorage.setItem(NAME_KEY, parsed.data.author);
    } catch {
      // Not remembered: asked again next time, nothing lost.
    }
    const applied = await write(withInternalNote(post, parsed.data), t('history.note', { title: post.title }));
    if (applied) setText('');
  };

  const when = (at: string) => new Date(at).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <section className="approval-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        <ApprovalMark approval={approval} size={14} /> {t('approval.title')}
      </h3>
      <label className="approval-state">
        <span>{t('approval.stateLabel')}</span>
        <select value={approval.state} disabled={readOnly} onChange={(e) => void setState(e.target.value as ApprovalState)}>
          {APPROVAL_STATES.map((state) => (
            <option key={state} value={state}>
              {t(`approval.state.${state}`)}
            </option>
          ))}
        </select>
      </label>
      {approval.changedAfterReview && <p className="banner banner-warning">{t('approval.changedAfterReview')}</p>}
      {approval.comments.length > 0 ? (
        <ol className="approval-thread">
          {approval.comments.map((comment) => (
            <li key={comment.id} className={`approval-comment approval-comment-${comment.kind}`}>
              <p className="approval-comment-head">
                <strong>{comment.author}</strong> <span className="approval-kind">{t(`approval.kind.${comment.kind}`)}</span> <time dateTime={comment.at}>{when(comment.at)}</time>
              </p>
              <p className="approval-comment-text">{comment.text}</p>
            </li>
          ))}
        </ol>
      ) : (
        <p className="field-hint">{t('approval.noComments')}</p>
      )}
      {!readOnly && (
        <div className="approval-note" role="group" aria-label={t('approval.addNote')}>
          <Field label={t('approval.author')} error={errors.author ? t(errors.author) : undefined}>
            <input
              value={author}
              autoComplete="name"
              // Inside the editor's form: Enter here adds the note, it does not save the post.
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  e.stopPropagation();
                  void addNote();
                }
              }}
              onChange={(e) => {
                setAuthor(e.target.value);
                setErrors((c) => ({ ...c, author: undefined }));
              }}
            />
          </Field>
          <Field label={t('approval.note')} hint={t('approval.noteHint')} error={errors.text ? t(errors.text) : undefined}>
            <textarea
              rows={2}
              value={text}
              onChange={(e) => {
                setText(e.target.value);
                setErrors((c) => ({ ...c, text: undefined }));
              }}
            />
          </Field>
          <button type="button" className="button button-small" onClick={() => void addNote()}>
            {t('approval.addNote')}
          </button>
        </div>
      )}
    </section>
  );
};
