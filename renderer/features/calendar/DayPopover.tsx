import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Plus, X } from 'lucide-react';
import type { Post } from '../../../shared/model/post';
import { PostCard } from './PostCard';

type Props = {
  position: { top: string; left?: string; right?: string };
  label: string;
  posts: Post[];
  readOnly: boolean;
  onOpen: (id: string) => void;
  onAdd: () => void;
  onClose: () => void;
};

/** Every post of one day, opened from "+N more". Escape or a click outside closes it. */
export const DayPopover = ({ position, label, posts, readOnly, onOpen, onAdd, onClose }: Props) => {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    ref.current?.querySelector<HTMLElement>('.post-card, button')?.focus();
    const onPointer = (event: PointerEvent) => {
      if (ref.current && !ref.current.contains(event.target as Node)) onClose();
    };
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      opener?.focus?.();
    };
  }, [onClose]);

  return (
    <div
      ref={ref}
      className="day-popover"
      style={position}
      role="dialog"
      aria-label={t('month.dayPosts', { date: label })}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
      onClick={(event) => event.stopPropagation()}
    >
      <div className="day-popover-head">
        <h2>{label}</h2>
        <button type="button" className="icon-button" aria-label={t('month.close')} onClick={onClose}>
          <X size={16} aria-hidden="true" />
        </button>
      </div>
      <ul className="day-popover-list">
        {posts.map((post) => (
          <li key={post.id}>
            <PostCard post={post} onOpen={onOpen} draggable={false} />
          </li>
        ))}
      </ul>
      {!readOnly && (
        <button type="button" className="ghost-button" onClick={onAdd}>
          <Plus size={14} aria-hidden="true" /> {t('month.addHere')}
        </button>
      )}
    </div>
  );
};
