import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ArrowDown, ArrowUp, Film, ImageOff, Trash2, TriangleAlert, Upload } from 'lucide-react';
import { isVideoKind, MEDIA_MIME } from '../../../shared/media/sniff';
import { MAX_ALT_TEXT, missingAlt, type MediaItem } from '../../../shared/model/media';
import { useThumbnail } from '../../db/mediaHooks';
import { formatSize } from './mediaSize';
import { carriesFiles } from './useAddFiles';
import './media.css';

// The chooser offers what sniff.ts accepts; the bytes decide in the end, whatever the name says.
const ACCEPT = [...new Set(Object.values(MEDIA_MIME)), '.heic', '.heif', '.mov'].join(',');

type Props = {
  media: readonly MediaItem[];
  onChange: (next: MediaItem[]) => void;
  /** Adds files (stored at once, joining the form): see useAddFiles. */
  onAdd: (files: File[]) => void;
  adding: boolean;
  error?: string;
  readOnly?: boolean;
};

type Focus = { hash: string; action: 'earlier' | 'later' | 'remove' | 'choose' };

/**
 * The editor's Media section (issue 18): a drop zone and a file chooser, then the items in carousel
 * order, each with its thumbnail, name, size, alt text (asked for, marked while missing, never
 * blocking Save), Move earlier / Move later (the keyboard's way to reorder) and Remove.
 * Every change here is a change of the form: Save writes it, as one undo step with the rest.
 */
export const MediaField = ({ media, onChange, onAdd, adding, error, readOnly = false }: Props) => {
  const { t } = useTranslation();
  const id = useId();
  const chooser = useRef<HTMLInputElement>(null);
  const section = useRef<HTMLElement>(null);
  const [over, setOver] = useState(false);
  const [said, setSaid] = useState('');
  const pendingFocus = useRef<Focus | null>(null);
  const missing = missingAlt(media);

  // After a move or a removal the focus stays with the item (or its neighbour), not lost to the page.
  useEffect(() => {
    const focus = pendingFocus.current;
    if (!focus) return;
    pendingFocus.current = null;
    const root = section.current;
    const target =
      focus.action === 'choose'
        ? root?.querySelector<HTMLButtonElement>('[data-media-choose]')
        : root?.querySelector<HTMLButtonElement>(`[data-media-hash="${focus.hash}"] [data-media-action="${focus.action}"]:not(:disabled)`) ??
          root?.querySelector<HTMLButtonElement>(`[data-media-hash="${focus.hash}"] [data-media-action="remove"]`);
    target?.focus();
  });

  const move = (index: number, by: -1 | 1) => {
    const next = [...media];
    const [item] = next.splice(index, 1);
    if (!item) return;
    next.splice(index + by, 0, item);
    onChange(next);
    setSaid(t('media.moved', { name: item.name, position: index + by + 1, count: next.length }));
    pendingFocus.current = { hash: item.hash, action: by < 0 ? 'earlier' : 'later' };
  };
  const remove = (index: number) => {
    const item = media[index];
    if (!item) return;
    const neighbour = media[index + 1] ?? media[index - 1];
    onChange(media.filter((_, i) => i !== index));
    setSaid(t('media.removed', { name: item.name }));
    pendingFocus.current = neighbour ? { hash: neighbour.hash, action: 'remove' } : { hash: '', action: 'choose' };
  };
  const setAlt = (index: number, alt: string) => onChange(media.map((item, i) => (i === index ? { ...item, alt } : item)));

  const onDragOver = (event: DragEvent) => {
    if (readOnly || !carriesFiles(event.dataTransfer)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };
  const onDrop = (event: DragEvent) => {
    setOver(false);
    if (readOnly || !carriesFiles(event.dataTransfer)) return;
    // Handled here: neither the editor's own drop nor the window's (answers files) acts on it again.
    event.preventDefault();
    event.stopPropagation();
    onAdd([...event.dataTransfer.files]);
  };

  return (
    <section ref={section} className="media-field" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        {t('media.title')}
        {missing > 0 && (
          <span className="media-missing-count">
            <TriangleAlert size={13} aria-hidden="true" /> {t('media.missingAltCount', { count: missing })}
          </span>
        )}
      </h3>
      <div className={`media-drop${over ? ' media-drop-over' : ''}`} onDragOver={onDragOver} onDragLeave={() => setOver(false)} onDrop={onDrop}>
        <p>
          <Upload size={15} aria-hidden="true" /> {t('media.drop')}{' '}
          <button type="button" className="button button-small" data-media-choose disabled={readOnly} aria-describedby={`${id}-limits`} onClick={() => chooser.current?.click()}>
            {t('media.choose')}
          </button>
        </p>
        <p className="field-hint" id={`${id}-limits`}>
          {t('media.limits')}
        </p>
        <input
          ref={chooser}
          type="file"
          multiple
          hidden
          accept={ACCEPT}
          data-testid="media-chooser"
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            // Emptied so choosing the same file again still reports (a refusal, "already on this post").
            event.target.value = '';
            onAdd(files);
          }}
        />
      </div>
      {adding && (
        <p className="field-hint" role="status">
          {t('media.preparing')}
        </p>
      )}
      {error && <p className="field-error">{error}</p>}
      {media.length === 0 ? (
        <p className="field-hint">{t('media.empty')}</p>
      ) : (
        <>
        <p className="field-hint" id={`${id}-alt-hint`}>
          {t('media.altHint')}
        </p>
        <ol className="media-list" aria-label={t('media.list')}>
          {media.map((item, index) => (
            <MediaEntry
              key={item.hash}
              item={item}
              altHintId={`${id}-alt-hint`}
              index={index}
              count={media.length}
              readOnly={readOnly}
              onAlt={(alt) => setAlt(index, alt)}
              onMove={(by) => move(index, by)}
              onRemove={() => remove(index)}
            />
          ))}
        </ol>
        </>
      )}
      <p className="visually-hidden" aria-live="polite">
        {said}
      </p>
    </section>
  );
};

type EntryProps = {
  item: MediaItem;
  /** The section's one hint on alt text, read with each alt text field. */
  altHintId: string;
  index: number;
  count: number;
  readOnly: boolean;
  onAlt: (alt: string) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
};

const MediaEntry = ({ item, altHintId, index, count, readOnly, onAlt, onMove, onRemove }: EntryProps) => {
  const { t, i18n } = useTranslation();
  const id = useId();
  const noAlt = item.alt.trim() === '';
  const name = t('sync.quoted', { text: item.name });
  return (
    <li className={`media-item${noAlt ? ' media-item-no-alt' : ''}`} data-media-hash={item.hash}>
      <MediaThumb item={item} />
      <div className="media-item-body">
        <p className="media-item-head">
          <span className="media-name" title={item.name}>
            {item.name}
          </span>
          <span className="media-meta">
            {t('media.position', { position: index + 1, count })} · {formatSize(item.size, t, i18n.language)}
          </span>
        </p>
        <label htmlFor={`${id}-alt`} className="media-alt-label">
          {t('media.alt')}
          <span className="visually-hidden"> {name}</span>
        </label>
        <textarea
          id={`${id}-alt`}
          rows={2}
          maxLength={MAX_ALT_TEXT}
          value={item.alt}
          readOnly={readOnly}
          aria-describedby={[noAlt ? `${id}-alt-missing` : '', altHintId].filter(Boolean).join(' ')}
          onChange={(event) => onAlt(event.target.value)}
        />
        {noAlt && (
          <p className="media-missing" id={`${id}-alt-missing`}>
            <TriangleAlert size={13} aria-hidden="true" /> {t('media.missingAlt')}
          </p>
        )}
        <div className="media-item-actions">
          <button type="button" className="icon-button" data-media-action="earlier" disabled={readOnly || index === 0} aria-label={t('media.moveEarlier', { name: item.name })} title={t('media.moveEarlier', { name: item.name })} onClick={() => onMove(-1)}>
            <ArrowUp size={15} aria-hidden="true" />
          </button>
          <button type="button" className="icon-button" data-media-action="later" disabled={readOnly || index === count - 1} aria-label={t('media.moveLater', { name: item.name })} title={t('media.moveLater', { name: item.name })} onClick={() => onMove(1)}>
            <ArrowDown size={15} aria-hidden="true" />
          </button>
          <button type="button" className="icon-button" data-media-action="remove" disabled={readOnly} aria-label={t('media.remove', { name: item.name })} title={t('media.remove', { name: item.name })} onClick={onRemove}>
            <Trash2 size={15} aria-hidden="true" />
          </button>
        </div>
      </div>
    </li>
  );
};

/** The stored thumbnail; a placeholder while it loads, and a labelled one when there is none. */
const MediaThumb = ({ item }: { item: MediaItem }) => {
  const { t } = useTranslation();
  const thumb = useThumbnail(item.hash);
  const video = isVideoKind(item.kind);
  if (thumb?.url) {
    return (
      <span className="media-thumb">
        {/* Decorative: the file's name and its alt text are right beside it. */}
        <img src={thumb.url} alt="" />
        {video && <Film className="media-thumb-badge" size={14} aria-label={t('media.video')} />}
      </span>
    );
  }
  return (
    <span className="media-thumb media-thumb-none" title={thumb ? t('media.noPreview') : undefined}>
      {video ? <Film size={20} aria-hidden="true" /> : <ImageOff size={20} aria-hidden="true" />}
      {thumb && <span className="media-thumb-note">{t('media.noPreview')}</span>}
    </span>
  );
};
