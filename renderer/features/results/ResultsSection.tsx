import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Pencil, Plus, Trash2 } from 'lucide-react';
import type { Post } from '../../../shared/model/post';
import { SNAPSHOT_LABELS, snapshotsOf, type ResultSnapshot, type SnapshotLabel } from '../../../shared/model/results';
import { engagementRate } from '../../../shared/insights/metrics';
import { useDb, useSnapshotsFor } from '../../db/hooks';
import { deleteSnapshot, restoreSnapshot, saveSnapshot } from '../../db/results';
import { Field } from '../../ui/Field';
import { useToast } from '../toasts/Toasts';
import { useStorageErrors } from '../toasts/useStorageErrors';
import { formatInstant, formatRate } from './format';
import { PostFigures } from './PostFigures';
import {
  FORM_COUNTS,
  emptyResultsForm,
  formFromSnapshot,
  nextLabel,
  readResultsForm,
  resultsErrorKey,
  type FormCount,
  type ResultsForm,
} from './resultsForm';
import './results.css';

type Props = {
  post: Post;
  /** "Now", for the default time of a new snapshot (tests pass a fixed one). */
  now?: () => Date;
};

/** null: no form; 'new': adding a snapshot; otherwise the id of the snapshot being edited. */
type Editing = null | 'new' | string;

/**
 * How a published post did: its result snapshots (newest first), a compact form to add or correct
 * one (Enter saves it, Escape closes it), delete with Undo, and the post's figures from its latest
 * snapshot. It lives INSIDE the post editor's <form>, so it has no form of its own: Enter is caught
 * here (the editor would otherwise save the post), and the buttons are type="button".
 */
export const ResultsSection = ({ post, now = () => new Date() }: Props) => {
  const { t, i18n } = useTranslation();
  const db = useDb();
  const toast = useToast();
  const reportError = useStorageErrors();
  const headingId = useId();
  const ids = useMemo(() => [post.id], [post.id]);
  const stored = useSnapshotsFor(ids);
  // Oldest first from snapshotsOf; the list shows the newest first, and the newest is the one used.
  const ordered = useMemo(() => snapshotsOf(stored ?? [], post.id).reverse(), [stored, post.id]);
  const latest = ordered[0];
  const [editing, setEditing] = useState<Editing>(null);
  const [form, setForm] = useState<ResultsForm | null>(null);
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [saving, setSaving] = useState(false);

  // A published post with nothing logged yet has the form open at once: logging results should take
  // seconds. A post only dated in the past may not have gone out: it gets the Add button instead.
  const open: Editing = editing ?? (post.status === 'published' && stored !== undefined && ordered.length === 0 ? 'new' : null);
  const shownForm = form ?? (open === 'new' ? emptyResultsForm(now(), nextLabel(ordered)) : null);

  const start = (target: 'new' | ResultSnapshot) => {
    setEditing(target === 'new' ? 'new' : target.id);
    setForm(target === 'new' ? emptyResultsForm(now(), nextLabel(ordered)) : formFromSnapshot(target));
    setErrors({});
  };
  const close = () => {
    setEditing(null);
    setForm(null);
    setErrors({});
  };

  const set = <K extends keyof ResultsForm>(key: K, value: ResultsForm[K]) => {
    setForm({ ...(shownForm as ResultsForm), [key]: value });
    setErrors((current) => ({ ...current, [key]: undefined }));
  };

  const save = async () => {
    if (saving || !shownForm || open === null) return;
    const editedId = open === 'new' ? undefined : open;
    const source = ordered.find((s) => s.id === editedId)?.source ?? 'manual';
    const result = readResultsForm(shownForm, post.id, source);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setSaving(true);
    try {
      await saveSnapshot(db, result.input, editedId);
      toast.show({ message: t(editedId ? 'results.updated' : 'results.saved') });
      // Back to the list: with a snapshot stored, the form no longer opens by itself.
      setEditing(null);
      setForm(null);
      setErrors({});
    } catch (error) {
      setErrors(reportError(error));
    } finally {
      setSaving(false);
    }
  };

  const remove = async (snapshot: ResultSnapshot) => {
    try {
      const removed = await deleteSnapshot(db, snapshot.id);
      if (editing === snapshot.id) close();
      if (!removed) return;
      toast.show({
        message: t('results.deleted', { label: t(`results.label.${removed.label}`), when: formatInstant(removed.takenAt, i18n.language) }),
        action: {
          label: t('results.undo'),
          run: async () => {
            try {
              await restoreSnapshot(db, removed);
              toast.show({ message: t('results.restored') });
            } catch (error) {
              reportError(error);
            }
          },
        },
      });
    } catch (error) {
      reportError(error);
    }
  };

  // Enter saves these results (not the post around them); Escape closes this form first.
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      event.preventDefault();
      event.stopPropagation();
      void save();
    } else if (event.key === 'Escape' && (editing !== null || ordered.length > 0)) {
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  };

  const err = (key: string) => (errors[key] ? t(resultsErrorKey(errors[key] as string)) : undefined);
  const countInput = (field: FormCount) => (
    <Field key={field} label={t(`results.fields.${field}`)} error={err(field)} className="results-field">
      <input
        value={shownForm?.[field] ?? ''}
        inputMode="numeric"
        autoComplete="off"
        placeholder={field === 'reach' || field === 'impressions' || field === 'firstReplyMinutes' ? undefined : '0'}
        onChange={(e) => set(field, e.target.value)}
        onKeyDown={onKeyDown}
      />
    </Field>
  );

  return (
    <section className="results" aria-labelledby={headingId} data-testid="results-section">
      <div className="results-head">
        <h3 id={headingId}>{t('results.title')}</h3>
        {open === null && (
          <button type="button" className="ghost-button" onClick={() => start('new')}>
            <Plus size={15} aria-hidden="true" /> {t('results.add')}
          </button>
        )}
      </div>
      {latest && (
        <>
          <p className="results-from">
            {t('results.from', { label: t(`results.label.${latest.label}`), when: formatInstant(latest.takenAt, i18n.language) })}
          </p>
          <PostFigures counts={latest} />
        </>
      )}
      {ordered.length > 0 && (
        <ul className="results-list" aria-label={t('results.listLabel')}>
          {ordered.map((snapshot) => {
            const rate = engagementRate(snapshot);
            const label = t(`results.label.${snapshot.label}`);
            const when = formatInstant(snapshot.takenAt, i18n.language);
            return (
              <li key={snapshot.id} className={`results-item ${snapshot === latest ? 'results-latest' : ''}`}>
                <span className="results-item-text">
                  <span className="results-item-label">{label}</span>
                  <span className="results-item-when">{when}</span>
                </span>
                <span className="results-item-rate" title={t('results.figures.engagementRate')}>
                  {formatRate(rate.value, i18n.language)}
                </span>
                <span className="results-badges">
                  {snapshot === latest && <span className="results-badge">{t('results.latest')}</span>}
                  {snapshot.source === 'import' && <span className="results-badge results-badge-muted">{t('results.imported')}</span>}
                </span>
                <span className="results-item-actions">
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('results.editLabel', { label, when })}
                    title={t('results.edit')}
                    onClick={() => start(snapshot)}
                  >
                    <Pencil size={14} aria-hidden="true" />
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('results.deleteLabel', { label, when })}
                    title={t('results.delete')}
                    onClick={() => void remove(snapshot)}
                  >
                    <Trash2 size={14} aria-hidden="true" />
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {stored !== undefined && ordered.length === 0 && <p className="results-empty">{t('results.empty')}</p>}
      {shownForm && open !== null && (
        <div
          className="results-form"
          role="group"
          aria-label={t(open === 'new' ? 'results.newLabel' : 'results.editing')}
        >
          <div className="results-grid results-grid-when">
            <Field label={t('results.fields.label')} className="results-field">
              <select value={shownForm.label} onChange={(e) => set('label', e.target.value as SnapshotLabel)} onKeyDown={onKeyDown}>
                {SNAPSHOT_LABELS.map((l) => (
                  <option key={l} value={l}>
                    {t(`results.label.${l}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t('results.fields.takenAt')} error={err('takenAt')} className="results-field">
              <input type="datetime-local" value={shownForm.takenAt} onChange={(e) => set('takenAt', e.target.value)} onKeyDown={onKeyDown} />
            </Field>
          </div>
          <div className="results-grid">{FORM_COUNTS.map(countInput)}</div>
          {errors.form && <p className="field-error">{err('form')}</p>}
          <div className="results-actions">
            <span className="results-hint">{t('results.hint')}</span>
            <span className="spacer" />
            {(editing !== null || ordered.length > 0) && (
              <button type="button" className="button" onClick={close}>
                {t('results.cancel')}
              </button>
            )}
            <button type="button" className="primary-button" disabled={saving} onClick={() => void save()}>
              {t(open === 'new' ? 'results.save' : 'results.update')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
};
