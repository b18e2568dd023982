import { useTranslation } from 'react-i18next';
import type { MediaItem } from '../../../shared/model/media';
import type { Post } from '../../../shared/model/post';
import './sync.css';

/** What the editor's post became elsewhere: `theirs` is the stored version, null when deleted. */
export type Elsewhere = { theirs: Post | null };

/**
 * Whether the post an editor opened (`base`) changed or went away since: from the live row (another
 * window's write shows up through Dexie's cross-window notifications) or from a save the database
 * refused (`refused`, which can land before the live read does).
 */
export const elsewhereOf = (base: Post | null, live: Post | null | undefined, refused: Elsewhere | null): Elsewhere | null => {
  if (!base) return null;
  if (live === null) return { theirs: null };
  if (live && live.updatedAt !== base.updatedAt) return { theirs: live };
  return refused;
};

type Field = { key: keyof Post; label: string; enumPrefix?: string };

const FIELDS: readonly Field[] = [
  { key: 'title', label: 'editor.title' },
  { key: 'date', label: 'editor.date' },
  { key: 'time', label: 'editor.time' },
  { key: 'channel', label: 'editor.channel', enumPrefix: 'channel' },
  { key: 'format', label: 'editor.format', enumPrefix: 'format' },
  { key: 'tone', label: 'editor.tone', enumPrefix: 'tone' },
  { key: 'intent', label: 'editor.intent', enumPrefix: 'intent' },
  { key: 'status', label: 'editor.status', enumPrefix: 'status' },
  { key: 'invitesParticipation', label: 'editor.invites' },
  { key: 'caption', label: 'editor.caption' },
  { key: 'firstComment', label: 'editor.firstComment' },
  { key: 'pillar', label: 'editor.pillar' },
  { key: 'evergreen', label: 'editor.evergreen' },
  { key: 'media', label: 'media.title' },
  { key: 'approval', label: 'approval.title' },
  { key: 'tags', label: 'editor.tags' },
  { key: 'notes', label: 'editor.notes' },
];

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);
// Optional lists: a post saved before media existed has none, one saved since may have [].
const valueOf = (post: Post, key: keyof Post): unknown => (key === 'media' ? (post.media ?? []) : post[key]);

/** The fields a user edits that differ between two versions of a post, in the editor's order. */
export const changedFields = (base: Post, theirs: Post): readonly Field[] =>
  FIELDS.filter((field) => !same(valueOf(base, field.key), valueOf(theirs, field.key)));

const MAX = 80;

type Props = {
  base: Post;
  elsewhere: Elsewhere;
  busy: boolean;
  onLoadTheirs: (theirs: Post) => void;
  onKeepMine: (theirs: Post) => void;
  onCopyMine: () => void;
  /** A pillar id as the user knows it (its name), for the list of changes. */
  pillarName?: (id: string) => string;
};

/** Says at once that the post changed or was deleted elsewhere, shows what changed, and lets the user choose. */
export const SyncNotice = ({ base, elsewhere, busy, onLoadTheirs, onKeepMine, onCopyMine, pillarName = (id) => id }: Props) => {
  const { t } = useTranslation();
  const { theirs } = elsewhere;
  const show = (field: Field, value: unknown): string => {
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return '—';
    if (field.enumPrefix) return t(`${field.enumPrefix}.${String(value)}`);
    if (typeof value === 'boolean') return value ? '✓' : '✗';
    if (field.key === 'pillar') return t('sync.quoted', { text: pillarName(String(value)) });
    if (field.key === 'approval') return t(`approval.state.${(value as { state: string }).state}`);
    if (field.key === 'media') return (value as MediaItem[]).map((item) => t('sync.quoted', { text: item.name })).join(', ');
    if (field.key === 'evergreen') return t('sync.evergreenEvery', { count: (value as { everyWeeks: number }).everyWeeks });
    const text = Array.isArray(value) ? value.join(', ') : String(value);
    return t('sync.quoted', { text: text.length > MAX ? `${text.slice(0, MAX)}…` : text });
  };
  return (
    <div className="sync-notice" role="alert">
      <p>
        <strong>{t(theirs ? 'sync.changed' : 'sync.deleted')}</strong>
      </p>
      {theirs && (
        <>
          <p>{t('sync.whatChanged')}</p>
          <ul>
            {changedFields(base, theirs).map((field) => (
              <li key={field.key}>
                {t('sync.fieldValue', { field: t(field.label), value: show(field, theirs[field.key]) })}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="sync-notice-actions">
        {theirs && (
          <>
            <button type="button" className="button" onClick={() => onLoadTheirs(theirs)}>
              {t('sync.loadTheirs')}
            </button>
            <button type="button" className="button" onClick={() => onKeepMine(theirs)}>
              {t('sync.keepMine')}
            </button>
          </>
        )}
        <button type="button" className="button" disabled={busy} onClick={onCopyMine}>
          {t('sync.copyMine')}
        </button>
      </div>
    </div>
  );
};
