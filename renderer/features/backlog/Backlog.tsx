import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDroppable } from '@dnd-kit/core';
import { Lightbulb, X } from 'lucide-react';
import type { Client } from '../../../shared/model/client';
import type { Post } from '../../../shared/model/post';
import { newId, nowIso } from '../../db/ids';
import { PostCard } from '../calendar/PostCard';
import { useHistory } from '../history/History';
import { useStorageErrors } from '../toasts/useStorageErrors';
import { BACKLOG_DROP_ID, ideaDropId } from '../calendar/dropTargets';
import { keyAtEnd } from './ordering';

type Props = {
  client: Client;
  ideas: readonly Post[];
  readOnly: boolean;
  onOpen: (id: string) => void;
  onClose: () => void;
  /** Put the cursor in "add an idea" when the panel appears (opened from the keyboard with `b`). */
  focusOnOpen?: boolean;
};

/**
 * Ideas without a day, per client. Type and press Enter to add one; drag one onto a day to schedule it,
 * onto another idea to reorder, or a scheduled post here to take it off the calendar.
 */
export const Backlog = ({ client, ideas, readOnly, onOpen, onClose, focusOnOpen = false }: Props) => {
  const { t } = useTranslation();
  const history = useHistory();
  const reportError = useStorageErrors();
  const [title, setTitle] = useState('');
  const { setNodeRef, isOver } = useDroppable({ id: BACKLOG_DROP_ID, disabled: readOnly });

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const text = title.trim();
    if (!text) return;
    const now = nowIso();
    const idea: Post = {
      id: newId(),
      clientId: client.id,
      title: text.slice(0, 200),
      caption: '',
      date: null,
      time: null,
      channel: client.channels[0] ?? 'instagram',
      format: 'image',
      tone: 'serious',
      intent: 'informative',
      invitesParticipation: false,
      intentSource: 'auto',
      participationSource: 'auto',
      status: 'idea',
      tags: [],
      order: keyAtEnd(ideas),
      pillar: null,
      evergreen: null,
      series: null,
      notes: '',
      createdAt: now,
      updatedAt: now,
    };
    try {
      await history.commit({ upserts: [idea], deletes: [] }, t('history.create', { title: idea.title }));
      setTitle('');
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <aside ref={setNodeRef} className={`backlog ${isOver ? 'backlog-drop-target' : ''}`} aria-labelledby="backlog-heading">
      <header className="backlog-head">
        <Lightbulb size={16} aria-hidden="true" />
        <h2 id="backlog-heading">{t('backlog.title')}</h2>
        <span className="backlog-count">{ideas.length}</span>
        <button type="button" className="icon-button" aria-label={t('backlog.hide')} title={t('backlog.hide')} onClick={onClose}>
          <X size={16} aria-hidden="true" />
        </button>
      </header>
      {!readOnly && (
        <form onSubmit={(e) => void add(e)} className="backlog-add">
          <input
            // Opened with `b`, the next keys are the idea's title, not single-key shortcuts.
            autoFocus={focusOnOpen}
            aria-label={t('backlog.addLabel')}
            placeholder={t('backlog.addPlaceholder')}
            value={title}
            maxLength={200}
            onChange={(e) => setTitle(e.target.value)}
          />
        </form>
      )}
      {ideas.length === 0 ? (
        <p className="backlog-empty">{t('backlog.empty')}</p>
      ) : (
        <ol className="backlog-list">
          {ideas.map((idea) => (
            <IdeaItem key={idea.id} idea={idea} readOnly={readOnly} onOpen={onOpen} />
          ))}
        </ol>
      )}
    </aside>
  );
};

const IdeaItem = ({ idea, readOnly, onOpen }: { idea: Post; readOnly: boolean; onOpen: (id: string) => void }) => {
  // Each idea is also a drop target: an idea dropped on it goes just before it.
  const { setNodeRef, isOver } = useDroppable({ id: ideaDropId(idea.id), disabled: readOnly });
  return (
    <li ref={setNodeRef} className={isOver ? 'idea-drop-before' : undefined}>
      <PostCard post={idea} onOpen={onOpen} draggable={!readOnly} />
    </li>
  );
};
