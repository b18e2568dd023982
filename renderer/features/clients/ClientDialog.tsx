import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Archive, ArchiveRestore } from 'lucide-react';
import { CLIENT_COLORS, ClientInputSchema, type Client, type ClientInput } from '../../../shared/model/client';
import { CHANNELS, WEEK_STARTS } from '../../../shared/model/enums';
import { fieldErrors } from '../../../shared/model/post';
import { canonicalZone } from '../../../shared/timeZones';
import { useDb } from '../../db/hooks';
import { createClient, restoreClientSettings, updateClient } from '../../db/clients';
import { Field } from '../../ui/Field';
import { useToast } from '../toasts/Toasts';
import { useStorageErrors } from '../toasts/useStorageErrors';
import { TimeZonePicker } from './TimeZonePicker';
import { checkPillars, checkRhythm, pillarRowsOf, pillarTotal, rhythmRowsOf, type PillarRow, type PlanErrors, type RhythmRows } from './clientPlanForm';
import { PillarsField } from './PillarsField';
import { RhythmField } from './RhythmField';
import { approvalRowOf, checkApproval, checkHashtagSets, checkTemplates, hashtagRowsOf, templateRowsOf } from './clientPublishingForm';
import { HashtagSetsField } from './HashtagSetsField';
import { TemplatesField } from './TemplatesField';
import { ApprovalField } from './ApprovalField';
import { CountrySelect } from './CountrySelect';
import './clientDialog.css';

type Props = {
  client: Client | null;
  suggestedColor: string;
  onClose: () => void;
  onCreated: (client: Client) => void;
  /** A section to open and show first (the planner's "Set a posting rhythm…" opens the rhythm). */
  section?: Section;
};

type Section = 'pillars' | 'rhythm' | 'holidays' | 'hashtags' | 'templates' | 'approval';

// Some runtimes report the machine's zone by an old name (Asia/Calcutta): offer its current name.
const localZone = () => canonicalZone(Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');

/** Creates or edits a client in a modal dialog (focus stays inside; Escape cancels). */
export const ClientDialog = ({ client, suggestedColor, onClose, onCreated, section: shownFirst }: Props) => {
  const { t, i18n } = useTranslation();
  const db = useDb();
  const toast = useToast();
  const reportError = useStorageErrors();
  const ref = useRef<HTMLDialogElement>(null);
  const [form, setForm] = useState<ClientInput>(() =>
    client
      ? { name: client.name, color: client.color, channels: client.channels, timeZone: canonicalZone(client.timeZone), weekStartsOn: client.weekStartsOn, language: client.language, country: client.country ?? null }
      : { name: '', color: suggestedColor, channels: ['instagram'], timeZone: localZone(), weekStartsOn: 1, language: i18n.language.startsWith('fr') ? 'fr' : 'en', country: null },
  );
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [pillars, setPillars] = useState<PillarRow[]>(() => pillarRowsOf(client?.pillars));
  const [storedPillarIds] = useState(() => new Set(pillars.map((p) => p.id)));
  const [rhythm, setRhythm] = useState<RhythmRows>(() => rhythmRowsOf(client?.rhythm));
  const [hashtagSets, setHashtagSets] = useState(() => hashtagRowsOf(client?.hashtagSets));
  const [templates, setTemplates] = useState(() => templateRowsOf(client?.templates));
  const [approval, setApproval] = useState(() => approvalRowOf(client?.approval));
  const [xPremium, setXPremium] = useState(client?.xPremium === true);
  const [planErrors, setPlanErrors] = useState<PlanErrors>({});
  // Sections with something in them start open; a section with an error opens on save.
  const [open, setOpen] = useState(() => ({
    pillars: pillars.length > 0 || shownFirst === 'pillars',
    rhythm: Object.keys(rhythm).length > 0 || shownFirst === 'rhythm',
    holidays: Boolean(client?.country) || shownFirst === 'holidays',
    hashtags: hashtagSets.length > 0 || shownFirst === 'hashtags',
    templates: templates.length > 0 || shownFirst === 'templates',
    approval: approval.required || shownFirst === 'approval',
  }));
  const channels = CHANNELS.filter((c) => form.channels.includes(c));
  const uiLanguage = i18n.language.startsWith('fr') ? 'fr' : 'en';

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
    if (!shownFirst) return;
    const summary = dialog?.querySelector<HTMLElement>(`[data-section="${shownFirst}"] > summary`);
    summary?.scrollIntoView?.({ block: 'start' });
    summary?.focus();
  }, [shownFirst]);

  const set = <K extends keyof ClientInput>(key: K, value: ClientInput[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
  };

  const clearPlanErrors = (keys: string[]) => setPlanErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !keys.includes(k))));

  /** Opens the sections holding an error, then moves focus to the first invalid field. */
  const showErrors = (plan: PlanErrors) => {
    // An error's key starts with its section's name: 'pillars.0.name', 'hashtags.list'…
    const sections = Object.keys(plan).map((k) => k.split('.')[0]!);
    setOpen((o) => ({ ...o, ...Object.fromEntries(sections.filter((k) => k in o).map((k) => [k, true])) }));
    requestAnimationFrame(() => {
      const field = ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
      field?.focus();
      // A hashtag set's bad tag is selected, so the user sees which one and types over it.
      if (field instanceof HTMLTextAreaElement && field.dataset.selectStart) field.setSelectionRange(Number(field.dataset.selectStart), Number(field.dataset.selectEnd));
      // The message may sit below the field (a pillar's total): bring it into view too.
      const described = (field?.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
      document.getElementById(described[described.length - 1] ?? '')?.scrollIntoView?.({ block: 'nearest' });
    });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = ClientInputSchema.safeParse(form);
    const pillarCheck = checkPillars(pillars);
    const rhythmCheck = checkRhythm(channels, rhythm);
    const setsCheck = checkHashtagSets(hashtagSets);
    const templatesCheck = checkTemplates(templates);
    const approvalCheck = checkApproval(approval);
    const checks = [pillarCheck, rhythmCheck, setsCheck, templatesCheck, approvalCheck];
    const plan: PlanErrors = Object.assign({}, ...checks.map((c) => (c.ok ? {} : c.errors)));
    setErrors(parsed.success ? {} : fieldErrors(parsed.error));
    setPlanErrors(plan);
    if (!parsed.success || !pillarCheck.ok || !rhythmCheck.ok || !setsCheck.ok || !templatesCheck.ok || !approvalCheck.ok) {
      showErrors(plan);
      return;
    }
    const input = {
      ...parsed.data,
      pillars: pillarCheck.value,
      rhythm: rhythmCheck.value,
      hashtagSets: setsCheck.value,
      templates: templatesCheck.value,
      xPremium,
      approval: approvalCheck.value,
    };
    try {
      if (client) {
        const saved = await updateClient(db, client.id, input);
        // Settings (sets, templates, pillars…) are not posts, so not in Ctrl+Z's history: the toast undoes them.
        toast.show({
          message: t('clients.savedToast', { name: saved.name }),
          action: { label: t('editor.undo'), run: () => void restoreClientSettings(db, client, saved.updatedAt).catch(reportError) },
        });
      } else onCreated(await createClient(db, input));
      onClose();
    } catch (error) {
      const { pillars: pillarError, rhythm: rhythmError, hashtagSets: setsError, templates: templatesError, approval: approvalError, ...rest } = reportError(error);
      setErrors(rest);
      const stored: PlanErrors = {
        ...(pillarError ? { 'pillars.list': { key: pillarError } } : {}),
        ...(rhythmError ? { 'rhythm.all': { key: rhythmError } } : {}),
        ...(setsError ? { 'hashtags.list': { key: setsError } } : {}),
        ...(templatesError ? { 'templates.list': { key: templatesError } } : {}),
        ...(approvalError ? { 'approval.daysBefore': { key: approvalError } } : {}),
      };
      setPlanErrors(stored);
      showErrors(stored);
    }
  };

  const toggleArchive = async () => {
    if (!client) return;
    try {
      const next = await updateClient(db, client.id, { archived: !client.archived });
      toast.show({ message: t(next.archived ? 'clients.archivedToast' : 'clients.unarchivedToast', { name: next.name }) });
      onClose();
    } catch (error) {
      reportError(error);
    }
  };

  const err = (key: keyof ClientInput) => (errors[key] ? t(errors[key] as string) : undefined);
  const rhythmSummary = channels
    .map((c) => ({ c, n: Number(rhythm[c]?.perWeek ?? 0) }))
    .filter(({ n }) => Number.isInteger(n) && n > 0)
    .map(({ c, n }) => t('clients.rhythmItem', { channel: t(`channel.${c}`), n }))
    .join(', ');
  const section = (key: Section, title: string, summary: string, body: ReactNode) => (
    <details className="client-section" data-section={key} open={open[key]} onToggle={(e) => {
      const now = e.currentTarget.open;
      setOpen((o) => (o[key] === now ? o : { ...o, [key]: now }));
    }}>
      <summary>
        <span className="client-section-title">{title}</span>
        {summary && <span className="client-section-summary">{summary}</span>}
      </summary>
      <div className="client-section-body">{body}</div>
    </details>
  );

  return (
    <dialog ref={ref} className="dialog client-dialog" aria-labelledby="client-dialog-title" onCancel={onClose} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <h2 id="client-dialog-title">{t(client ? 'clients.edit' : 'clients.new')}</h2>
        <div className="client-dialog-body">
        <Field label={t('clients.name')} error={err('name')}>
          <input autoFocus value={form.name} placeholder={t('clients.namePlaceholder')} onChange={(e) => set('name', e.target.value)} />
        </Field>
        <fieldset className="swatches">
          <legend>{t('clients.color')}</legend>
          {CLIENT_COLORS.map((color) => (
            <label key={color} className="swatch" style={{ backgroundColor: color }}>
              <input type="radio" name="color" value={color} checked={form.color === color} aria-label={t('clients.colorOption', { color })} onChange={() => set('color', color)} />
            </label>
          ))}
        </fieldset>
        <fieldset className="channel-picks">
          <legend>{t('clients.channels')}</legend>
          {CHANNELS.map((channel) => (
            <label key={channel} className="chip-check">
              <input
                type="checkbox"
                checked={form.channels.includes(channel)}
                onChange={(e) => set('channels', e.target.checked ? [...form.channels, channel] : form.channels.filter((c) => c !== channel))}
              />
              <span>{t(`channel.${channel}`)}</span>
            </label>
          ))}
          {errors.channels && <p className="field-error">{err('channels')}</p>}
        </fieldset>
        {form.channels.includes('x') && (
          <label className="checkbox">
            <input type="checkbox" checked={xPremium} onChange={(e) => setXPremium(e.target.checked)} />
            <span>
              {t('clients.xPremium')}
              <small>{t('clients.xPremiumHint')}</small>
            </span>
          </label>
        )}
        <div className="field-row">
          <Field label={t('clients.timeZone')} error={err('timeZone')}>
            <TimeZonePicker value={form.timeZone} onChange={(zone) => set('timeZone', zone)} />
          </Field>
          <Field label={t('clients.weekStart')}>
            <select value={form.weekStartsOn} onChange={(e) => set('weekStartsOn', Number(e.target.value) as ClientInput['weekStartsOn'])}>
              {WEEK_STARTS.map((d) => (
                <option key={d} value={d}>
                  {t(`weekday.${d}`)}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <Field label={t('clients.language')}>
          <select value={form.language} onChange={(e) => set('language', e.target.value as ClientInput['language'])}>
            <option value="en">{t('language.en')}</option>
            <option value="fr">{t('language.fr')}</option>
          </select>
        </Field>
        {section(
          'pillars',
          t('clients.pillars'),
          pillars.length > 0 ? t('clients.pillarsCount', { count: pillars.length, total: pillarTotal(pillars) }) : '',
          <PillarsField
            rows={pillars}
            errors={planErrors}
            storedIds={storedPillarIds}
            onChange={(rows, touched) => {
              setPillars(rows);
              clearPlanErrors(touched);
            }}
          />,
        )}
        {section(
          'rhythm',
          t('clients.rhythm'),
          rhythmSummary,
          <RhythmField
            channels={channels}
            rows={rhythm}
            weekStartsOn={form.weekStartsOn}
            errors={planErrors}
            onChange={(rows, touched) => {
              setRhythm(rows);
              clearPlanErrors(touched);
            }}
          />,
        )}
        {section(
          'holidays',
          t('clients.holidays'),
          '',
          <Field label={t('clients.country')} hint={t('clients.countryHint')} error={err('country')}>
            <CountrySelect value={form.country ?? null} language={uiLanguage} onChange={(country) => set('country', country)} />
          </Field>,
        )}
        {section(
          'hashtags',
          t('clients.hashtagSets'),
          hashtagSets.length > 0 ? t('clients.hashtagSetsCount', { count: hashtagSets.length }) : '',
          <HashtagSetsField rows={hashtagSets} errors={planErrors} onChange={(rows, touched) => { setHashtagSets(rows); clearPlanErrors(touched); }} />,
        )}
        {section(
          'templates',
          t('clients.templates'),
          templates.length > 0 ? t('clients.templatesCount', { count: templates.length }) : '',
          <TemplatesField rows={templates} channels={channels} errors={planErrors} onChange={(rows, touched) => { setTemplates(rows); clearPlanErrors(touched); }} />,
        )}
        {section(
          'approval',
          t('clients.approval'),
          approval.required ? t('clients.approvalSummary', { count: Number(approval.daysBefore) || 0 }) : '',
          <ApprovalField row={approval} errors={planErrors} onChange={(row, touched) => { setApproval(row); clearPlanErrors(touched); }} />,
        )}
        </div>
        <footer className="dialog-foot">
          {client && (
            <button type="button" className="ghost-button" onClick={() => void toggleArchive()}>
              {client.archived ? <ArchiveRestore size={15} aria-hidden="true" /> : <Archive size={15} aria-hidden="true" />}{' '}
              {t(client.archived ? 'clients.unarchive' : 'clients.archive')}
            </button>
          )}
          <span className="spacer" />
          <button type="button" className="button" onClick={onClose}>
            {t('clients.cancel')}
          </button>
          <button type="submit" className="primary-button">
            {t(client ? 'clients.save' : 'clients.create')}
          </button>
        </footer>
      </form>
    </dialog>
  );
};
