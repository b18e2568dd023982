import { useEffect, useMemo, useRef, useState, type DragEvent, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Trash2, X } from 'lucide-react';
import type { Client } from '../../../shared/model/client';
import type { Post } from '../../../shared/model/post';
import { newId, nowIso } from '../../db/ids';
import { useDb } from '../../db/hooks';
import { seriesPosts } from '../../db/posts';
import { validateSeries, type SeriesRule } from '../../../shared/series';
import { RepeatFields, repeatFromRule, ruleFromForm, type RepeatForm } from './RepeatFields';
import { deleteInSeries, type SeriesScope } from './seriesEdit';
import { changeFor } from './saveChange';
import { SeriesScopeField } from './SeriesScopeField';
import { useHistory } from '../history/History';
import { Field } from '../../ui/Field';
import { useToast } from '../toasts/Toasts';
import { useStorageErrors } from '../toasts/useStorageErrors';
import { emptyForm, formFromPost, toInput, withDetection, type PostForm } from './postForm';
import { detectCues, suggestedIntent } from '../../../shared/detection/detect';
import { DetectedCues } from './DetectedCues';
import { KindFields } from './KindFields';
import { PillarFields } from './PillarFields';
import { ResultsSection } from '../results/ResultsSection';
import { todayIn } from '../../../shared/dates';
import { SyncNotice } from './SyncNotice';
import { useSyncedPost } from './useSyncedPost';
import type { LeaveGate } from './leaveGate';
import { useLeaveGuard } from './useLeaveGuard';
import { LeavePrompt } from './LeavePrompt';
import { FuturePublishQuestion, useFuturePublishConfirm } from './FuturePublishConfirm';
import { questionFor, useSelectSuggestion, withQuestion } from './suggestedQuestion';
import { CaptionFields } from './CaptionFields';
import { TemplatePicker } from './TemplatePicker';
import { PublishActions } from '../upNext/PublishActions';
import { ApprovalSection } from '../review/ApprovalSection';
import { findPillar, resolvePillars } from '../../../shared/model/pillars';
import { MediaField } from '../media/MediaField';
import { carriesFiles, useAddFiles } from '../media/useAddFiles';

type Props = {
  /** The post's client; null when creating from the All clients calendar (the user picks one). */
  client: Client | null;
  /** Clients a new post can be given to, in the All clients calendar. */
  clients: readonly Client[];
  /**
   * The post to edit as it was when the editor opened, or null to create one on `date` at `time`.
   * Read once: the editor follows the stored post itself, so a change made elsewhere is shown, never
   * silently taken in or written over.
   */
  post: Post | null;
  date: string;
  time: string | null;
  onClose: () => void;
  /** The app's gate: opening another post or day, or switching client, asks this editor first. */
  leaveGate?: LeaveGate;
  /** Opened by the guard's "Turn into a question": a question is appended to the caption, selected, unsaved. */
  suggestQuestion?: boolean;
};

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export const PostEditor = ({ client: fixedClient, clients, post: opened, date, time, onClose, suggestQuestion = false, leaveGate }: Props) => {
  const { t } = useTranslation();
  const history = useHistory();
  const db = useDb();
  const toast = useToast();
  const reportError = useStorageErrors();
  const synced = useSyncedPost(opened);
  const { post, elsewhere } = synced;
  const [pickedId, setPickedId] = useState(() => fixedClient?.id ?? clients[0]?.id ?? '');
  const client = fixedClient ?? clients.find((c) => c.id === pickedId) ?? null;
  const [question] = useState(() => (suggestQuestion && post ? questionFor(post, client) : null));
  const [form, setForm] = useState<PostForm>(() =>
    post ? withQuestion(formFromPost(post), question) : { ...emptyForm(client, date), time: time ?? '' },
  );
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [repeat, setRepeat] = useState<RepeatForm>(() => repeatFromRule(post?.series?.rule ?? null, post?.date ?? date));
  const [seriesErrors, setSeriesErrors] = useState<Partial<Record<string, string>>>({});
  const [scope, setScope] = useState<SeriesScope>('one');
  const weekStartsOn = client?.weekStartsOn ?? 1;
  // Detection runs on every keystroke (it is fast); fields the user set keep the user's value.
  const detection = useMemo(
    () => detectCues({ title: form.title, caption: form.caption, format: form.format, language: client?.language }),
    [form.title, form.caption, form.format, client?.language],
  );
  const shown = withDetection(form, { intent: suggestedIntent(detection), invites: detection.invitesParticipation });
  const seriesCheck = repeat.freq === 'none' || !form.date ? null : validateSeries(ruleFromForm(repeat), form.date, weekStartsOn);
  const validRule: SeriesRule | null = seriesCheck?.ok ? seriesCheck.rule : null;
  const [saving, setSaving] = useState(false);
  const titleRef = useRef<HTMLInputElement>(null);
  const dateRef = useRef<HTMLInputElement>(null);

  useEffect(() => titleRef.current?.focus(), []);
  const captionRef = useSelectSuggestion(question);
  const future = useFuturePublishConfirm(form, post, client?.timeZone);

  const set = <K extends keyof PostForm>(key: K, value: PostForm[K]) => {
    setForm((current) => ({ ...current, [key]: value }));
    setErrors((current) => ({ ...current, [key]: undefined }));
  };
  // Files dropped anywhere on the editor join its Media section (their bytes stored now, the post at Save).
  const media = useAddFiles(form.media, (update) => setForm((current) => ({ ...current, media: update(current.media) })));
  const onDragOver = (event: DragEvent) => {
    if (elsewhere === null && carriesFiles(event.dataTransfer)) event.preventDefault();
  };
  const onDrop = (event: DragEvent) => {
    if (elsewhere !== null || !carriesFiles(event.dataTransfer)) return;
    event.preventDefault(); // the window's drop (answers files) leaves a handled drop alone
    void media.add([...event.dataTransfer.files]);
  };

  /** A write refused because the post changed elsewhere shows the notice; anything else is reported. */
  const failed = (error: unknown) => {
    if (!synced.refusedBy(error)) setErrors(reportError(error));
  };

  /** Saves, then `then` (what the leave prompt was asked for) or closes. */
  const save = async (then?: () => void) => {
    // While the post differs elsewhere, the notice asks the user to choose first.
    if (saving || elsewhere) return;
    // A half-typed or impossible date leaves the input's value empty; the browser knows it was bad.
    const badDate = dateRef.current?.validity.badInput === true;
    if (!client) return;
    const result = toInput(shown, client.id);
    if (badDate || !result.ok) {
      const found = result.ok ? {} : { ...result.errors };
      if (badDate) found.date = 'errors.dateInvalid';
      setErrors(found);
      return;
    }
    // The editor does not show a post's backlog position: an edit keeps it. A post taken back from
    // published forgets when it went out (its link stays: it still names the post).
    const unpublished = post?.status === 'published' && result.input.status !== 'published';
    const input = { ...result.input, order: post?.order ?? null, ...(unpublished ? { publishedAt: null } : {}) };
    if (seriesCheck && !seriesCheck.ok) {
      setSeriesErrors(seriesCheck.errors);
      return;
    }
    if (future.asks(input, then)) return; // published on a day still to come: asks first
    setSaving(true);
    try {
      const change = await changeFor(db, { post, input, rule: validRule, scope, weekStartsOn });
      await history.commit({ ...change, read: synced.read() }, t(post ? 'history.edit' : 'history.create', { title: input.title }));
      synced.written();
      toast.show({ message: change.upserts.length > 1 && !post ? t('series.created', { count: change.upserts.length }) : t(post ? 'editor.saved' : 'editor.created') });
      if (then) then();
      else leave.close(post?.id ?? null, { day: input.date, time: input.time });
    } catch (error) {
      failed(error);
    } finally {
      setSaving(false);
    }
  };

  /** Saves the form as a brand-new post (the edited one changed or went away elsewhere). */
  const saveAsNew = async () => {
    if (saving || !client) return;
    const result = toInput(shown, client.id);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setSaving(true);
    try {
      const now = nowIso();
      const copy: Post = { ...result.input, id: newId(), series: null, order: null, createdAt: now, updatedAt: now };
      await history.commit({ upserts: [copy], deletes: [] }, t('history.create', { title: copy.title }));
      synced.written();
      toast.show({ message: t('sync.savedAsNew') });
      leave.close(null, { day: copy.date, time: copy.time });
    } catch (error) {
      setErrors(reportError(error));
    } finally {
      setSaving(false);
    }
  };

  const remove = async () => {
    if (!post) return;
    try {
      const siblings = post.series ? await seriesPosts(db, post.clientId, post.series.id) : [];
      const change = deleteInSeries(post, scope, siblings);
      const applied = await history.commit({ ...change, read: synced.read() }, t('history.delete', { title: post.title }));
      synced.written();
      leave.close(null);
      toast.show({
        message: change.deletes.length > 1 ? t('series.deleted', { count: change.deletes.length }) : t('editor.deleted', { title: post.title }),
        action: { label: t('editor.undo'), run: () => void history.undoIfLatest(applied) },
      });
    } catch (error) {
      failed(error);
    }
  };

  // Unsaved changes ask before the editor closes (Escape, close button) or is replaced (through the gate).
  const leave = useLeaveGuard({ gate: leaveGate, post, date, time, edits: { form, repeat, pickedId }, save: (then) => void save(then), onClose });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      void save();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      leave.ask(() => leave.close());
    }
  };

  const err = (key: keyof PostForm) => (errors[key] ? t(errors[key] as string) : undefined);
  const clientChannels = client?.channels ?? [];
  const channels = clientChannels.includes(form.channel) ? clientChannels : [form.channel, ...clientChannels];

  return (
    <aside className="editor" aria-labelledby="editor-heading" onDragOver={onDragOver} onDrop={onDrop}>
      <form onSubmit={onSubmit} onKeyDown={onKeyDown} noValidate>
        <header className="editor-head">
          <h2 id="editor-heading">{t(post ? 'editor.editTitle' : 'editor.newTitle')}</h2>
          <button type="button" className="icon-button" aria-label={t('editor.close')} title={t('editor.close')} onClick={() => leave.ask(() => leave.close())}>
            <X size={18} aria-hidden="true" />
          </button>
        </header>
        {post && elsewhere && (
          <SyncNotice
            base={post}
            elsewhere={elsewhere}
            busy={saving}
            onLoadTheirs={(theirs) => {
              synced.rebase(theirs);
              setForm(formFromPost(theirs));
              setRepeat(repeatFromRule(theirs.series?.rule ?? null, theirs.date ?? date));
              setErrors({});
            }}
            // The next save writes the form over `theirs`, knowingly.
            onKeepMine={synced.rebase}
            onCopyMine={() => void saveAsNew()}
            pillarName={(id) => findPillar(resolvePillars(client?.pillars), id)?.name ?? id}
          />
        )}
        <div className="editor-body">
          {post && (
            // Marking published writes the stored post: the form follows it (status), not as a change elsewhere.
            <PublishActions
              post={post}
              readOnly={elsewhere !== null}
              onMarked={(marked) => {
                synced.rebase(marked);
                setForm((f) => ({ ...f, status: 'published' }));
              }}
            />
          )}
          {!post && <TemplatePicker client={client} setForm={setForm} />}
          {!fixedClient && (
            <Field label={t('editor.client')}>
              <select
                value={pickedId}
                onChange={(e) => {
                  const next = clients.find((c) => c.id === e.target.value);
                  setPickedId(e.target.value);
                  if (next && !next.channels.includes(form.channel)) set('channel', next.channels[0] ?? form.channel);
                  set('pillar', ''); // pillars belong to a client
                }}
              >
                {clients.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </Field>
          )}
          <Field label={t('editor.title')} error={err('title')}>
            <input ref={titleRef} value={form.title} placeholder={t('editor.titlePlaceholder')} onChange={(e) => set('title', e.target.value)} />
          </Field>
          <div className="field-row">
            <Field label={t('editor.date')} error={err('date')}>
              <input ref={dateRef} type="date" value={form.date} onChange={(e) => set('date', e.target.value)} />
            </Field>
            <Field label={t('editor.time')} hint={t('editor.timeHint')} error={err('time')}>
              <input value={form.time} inputMode="numeric" placeholder="HH:mm" autoComplete="off" onChange={(e) => set('time', e.target.value)} />
            </Field>
          </div>
          <KindFields form={form} shown={shown} channels={channels} setForm={setForm} set={set} err={err} />
          <PillarFields form={form} client={client} set={set} err={err} />
          <CaptionFields form={form} client={client} set={set} err={err} captionRef={captionRef} captionHint={question ? t('editor.questionAdded') : undefined} />
          <MediaField media={form.media} onChange={(next) => set('media', next)} onAdd={(files) => void media.add(files)} adding={media.adding} error={err('media')} readOnly={elsewhere !== null} />
          <DetectedCues
            detection={detection}
            intentSource={form.intentSource}
            participationSource={form.participationSource}
            onResetIntent={() => setForm((f) => ({ ...f, intentSource: 'auto' }))}
            onResetParticipation={() => setForm((f) => ({ ...f, participationSource: 'auto' }))}
          />
          {post && (post.status === 'published' || (post.date !== null && post.date <= todayIn(client?.timeZone ?? 'UTC'))) && (
            <ResultsSection post={post} />
          )}
          <RepeatFields
            form={repeat}
            date={form.date}
            weekStartsOn={weekStartsOn}
            errors={seriesErrors}
            validRule={validRule}
            onChange={(next) => {
              setRepeat(next);
              setSeriesErrors({});
            }}
          />
          <Field label={t('editor.tags')} hint={t('editor.tagsHint')} error={err('tags')}>
            <input value={form.tags} onChange={(e) => set('tags', e.target.value)} />
          </Field>
          <Field label={t('editor.notes')} error={err('notes')}>
            <textarea rows={3} value={form.notes} onChange={(e) => set('notes', e.target.value)} />
          </Field>
          {post && <ApprovalSection post={post} readOnly={elsewhere !== null} onChanged={synced.rebase} />}
        </div>
        {post?.series && <SeriesScopeField scope={scope} onChange={setScope} />}
        <FuturePublishQuestion state={future} onRetry={(then) => void save(then)} />
        <footer className="editor-foot">
          {post && (
            <button type="button" className="danger-button" onClick={() => void remove()}>
              <Trash2 size={15} aria-hidden="true" /> {t('editor.delete')}
            </button>
          )}
          <span className="editor-hint">{t('editor.saveHint', { mod: isMac ? '⌘' : 'Ctrl' })}</span>
          <button type="submit" className="primary-button" disabled={saving}>
            {t('editor.save')}
          </button>
        </footer>
      </form>
      {leave.asking && <LeavePrompt onChoose={leave.choose} />}
    </aside>
  );
};
