import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { format } from 'date-fns';
import { useTranslation } from 'react-i18next';
import { isMonth, type Month } from '../../../shared/dates';
import type { Client } from '../../../shared/model/client';
import { CHANNELS, type Channel } from '../../../shared/model/enums';
import type { Post } from '../../../shared/model/post';
import { CSV_COLUMNS, type CsvColumn } from '../../../shared/serializers/csv';
import { getBridge } from '../../bridge/bridge';
import { listClients } from '../../db/clients';
import { useDb } from '../../db/hooks';
import { allPosts } from '../../db/posts';
import { Field } from '../../ui/Field';
import { useStorageErrors } from '../toasts/useStorageErrors';
import { buildBackupFile } from './backupTasks';
import {
  FILTERS,
  exportFileName,
  monthRange,
  pdfFileName,
  rangeErrors,
  selectPosts,
  type ExportSelection,
} from './exporting';
import { PrintableMonth } from './PrintableMonth';
import { runInBackground } from './workerClient';
import { storageErrorText } from '../toasts/useStorageErrors';

const FORMATS = ['csv', 'ics', 'json', 'pdf'] as const;
type ExportFormat = (typeof FORMATS)[number];
const ALL = '';

type PrintJob = { month: Month; client: Client | null; clients: Client[]; posts: Post[]; name: string };

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Export as CSV, iCalendar, a JSON backup of everything, or a printable month (PDF). */
type ExportPanelProps = {
  clients: Client[];
  currentClientId: string | null;
  /** The clock, passed in so the default month (and tests) never depend on the machine's date. */
  now?: () => Date;
};

export const ExportPanel = ({ clients, currentClientId, now = () => new Date() }: ExportPanelProps) => {
  const { t, i18n } = useTranslation();
  const db = useDb();
  const reportError = useStorageErrors();
  const bridge = useMemo(() => getBridge(), []);
  // Read once: the default range is the month the dialog was opened in.
  const [thisMonth] = useState(() => format(now(), 'yyyy-MM'));
  const [kind, setKind] = useState<ExportFormat>('csv');
  const [clientId, setClientId] = useState<string>(currentClientId ?? ALL);
  const [from, setFrom] = useState(monthRange(thisMonth).from);
  const [to, setTo] = useState(monthRange(thisMonth).to);
  const [month, setMonth] = useState<string>(thisMonth);
  const [channel, setChannel] = useState<string>(ALL);
  const [includeUndated, setIncludeUndated] = useState(false);
  const [columns, setColumns] = useState<CsvColumn[]>([...CSV_COLUMNS]);
  const [delimiter, setDelimiter] = useState<',' | ';'>(i18n.language.startsWith('fr') ? ';' : ',');
  const [errors, setErrors] = useState<Partial<Record<'from' | 'to' | 'month' | 'columns', string>>>({});
  const [status, setStatus] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const [printJob, setPrintJob] = useState<PrintJob | null>(null);

  // The printable month is in the page now: print it, then take it away again.
  useEffect(() => {
    if (!printJob) return;
    let cancelled = false;
    void (async () => {
      await nextFrame();
      await nextFrame();
      if (cancelled) return;
      try {
        const result = await bridge.printToPdf({ suggestedName: printJob.name });
        if (result.saved && result.path) setStatus(t('data.export.pdfSaved', { path: result.path }));
        else if (!result.saved) setStatus(null);
      } catch (error) {
        setStatus(t('data.export.failed', { message: storageErrorText(t, error) }));
      } finally {
        if (!cancelled) {
          setPrintJob(null);
          setWorking(false);
        }
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [printJob, bridge, t]);

  const selection = (): ExportSelection => ({
    clientId: clientId === ALL ? null : clientId,
    from,
    to,
    channel: channel === ALL ? null : (channel as Channel),
    includeUndated: kind === 'csv' && includeUndated,
  });

  const validate = (): boolean => {
    const next: typeof errors = {};
    if (kind === 'csv' || kind === 'ics') Object.assign(next, rangeErrors(from, to));
    if (kind === 'pdf' && !isMonth(month)) next.month = 'data.export.monthInvalid';
    if (kind === 'csv' && columns.length === 0) next.columns = 'data.export.noColumns';
    setErrors(next);
    return Object.keys(next).length === 0;
  };

  const savedMessage = (count: number, name: string, result: { saved: boolean; path?: string }) =>
    !result.saved
      ? t('data.export.notSaved')
      : result.path
        ? t('data.export.savedTo', { count, path: result.path })
        : t('data.export.downloaded', { count, name });

  const run = async (event: FormEvent) => {
    event.preventDefault();
    setStatus(null);
    if (!validate()) return;
    setWorking(true);
    let printing = false;
    try {
      const allClients = await listClients(db);
      if (kind === 'json') {
        // A zip when posts have media (their bytes travel with it), else the plain JSON (backupTasks.ts).
        const { name, data, snapshot } = await buildBackupFile(db, now());
        const filters = typeof data === 'string' ? FILTERS.json : [{ name: 'Cadence backup', extensions: ['zip'] }];
        const result = await bridge.saveFile({ suggestedName: name, filters, data });
        setStatus(
          result.saved
            ? t('data.export.backupSaved', {
                clients: t('data.restore.clientCount', { count: snapshot.clients.length }),
                posts: t('data.restore.postCount', { count: snapshot.posts.length }),
                results: t('data.restore.resultCount', { count: snapshot.results.length }),
                name: result.path ?? name,
              })
            : t('data.export.notSaved'),
        );
        return;
      }
      const chosen = selection();
      const posts = await allPosts(db, chosen.clientId);
      if (kind === 'pdf') {
        const range = monthRange(month);
        const client = allClients.find((c) => c.id === chosen.clientId) ?? null;
        printing = true;
        setPrintJob({
          month,
          client,
          clients: allClients,
          posts: selectPosts(posts, { ...chosen, ...range, includeUndated: false }),
          name: pdfFileName(allClients, chosen.clientId, month),
        });
        return; // the effect above prints, then clears `working`
      }
      const selected = selectPosts(posts, chosen);
      if (selected.length === 0) {
        setStatus(t('data.export.empty'));
        return;
      }
      const name = exportFileName(kind, allClients, chosen);
      const calendarName = allClients.find((c) => c.id === chosen.clientId)?.name;
      const data =
        kind === 'csv'
          ? await runInBackground({ kind: 'toCsv', posts: selected, clients: allClients, options: { columns, delimiter } })
          : await runInBackground({
              kind: 'toIcs',
              posts: selected,
              clients: allClients,
              now: now().toISOString(),
              ...(calendarName !== undefined ? { calendarName } : {}),
            });
      const result = await bridge.saveFile({ suggestedName: name, filters: FILTERS[kind], data });
      setStatus(savedMessage(selected.length, name, result));
    } catch (error) {
      reportError(error);
      setStatus(t('data.export.failed', { message: storageErrorText(t, error) }));
    } finally {
      if (!printing) setWorking(false);
    }
  };

  const err = (key: keyof typeof errors) => (errors[key] ? t(errors[key]) : undefined);
  const toggleColumn = (column: CsvColumn, on: boolean) => {
    setColumns((list) => (on ? CSV_COLUMNS.filter((c) => c === column || list.includes(c)) : list.filter((c) => c !== column)));
    setErrors((e) => ({ ...e, columns: undefined }));
  };

  return (
    <form className="data-form" onSubmit={(e) => void run(e)} noValidate>
      <fieldset className="segmented-field">
        <legend>{t('data.export.format')}</legend>
        <div className="segmented">
          {FORMATS.map((f) => (
            <label key={f} className="segment">
              <input type="radio" name="export-format" value={f} checked={kind === f} onChange={() => { setKind(f); setStatus(null); }} />
              <span>{t(`data.export.formats.${f}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <p className="field-hint">{t(`data.export.about.${kind}`)}</p>

      {kind !== 'json' && (
        <div className="field-row">
          <Field label={t('data.export.client')}>
            <select value={clientId} onChange={(e) => setClientId(e.target.value)}>
              <option value={ALL}>{t('allClients.label')}</option>
              {clients.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.archived ? t('data.archivedClient', { name: c.name }) : c.name}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('data.export.channel')}>
            <select value={channel} onChange={(e) => setChannel(e.target.value)}>
              <option value={ALL}>{t('data.export.allChannels')}</option>
              {CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {t(`channel.${c}`)}
                </option>
              ))}
            </select>
          </Field>
        </div>
      )}

      {(kind === 'csv' || kind === 'ics') && (
        <div className="field-row">
          <Field label={t('data.export.from')} error={err('from')}>
            <input type="date" value={from} onChange={(e) => { setFrom(e.target.value); setErrors((x) => ({ ...x, from: undefined })); }} />
          </Field>
          <Field label={t('data.export.to')} error={err('to')}>
            <input type="date" value={to} onChange={(e) => { setTo(e.target.value); setErrors((x) => ({ ...x, to: undefined })); }} />
          </Field>
        </div>
      )}

      {kind === 'pdf' && (
        <Field label={t('data.export.month')} error={err('month')} hint={t('data.export.monthHint')}>
          <input type="month" value={month} onChange={(e) => { setMonth(e.target.value); setErrors((x) => ({ ...x, month: undefined })); }} />
        </Field>
      )}

      {kind === 'csv' && (
        <>
          <label className="checkbox">
            <input type="checkbox" checked={includeUndated} onChange={(e) => setIncludeUndated(e.target.checked)} />
            <span>{t('data.export.includeUndated')}</span>
          </label>
          <Field label={t('data.export.delimiter')}>
            <select value={delimiter} onChange={(e) => setDelimiter(e.target.value as ',' | ';')}>
              <option value=",">{t('data.export.comma')}</option>
              <option value=";">{t('data.export.semicolon')}</option>
            </select>
          </Field>
          <fieldset className="data-columns" aria-describedby={errors.columns ? 'export-columns-error' : undefined}>
            <legend>{t('data.export.columns')}</legend>
            <div className="data-columns-actions">
              <button type="button" className="ghost-button" onClick={() => { setColumns([...CSV_COLUMNS]); setErrors((e) => ({ ...e, columns: undefined })); }}>
                {t('data.export.allColumns')}
              </button>
              <button type="button" className="ghost-button" onClick={() => setColumns([])}>
                {t('data.export.noColumn')}
              </button>
            </div>
            <div className="data-columns-list">
              {CSV_COLUMNS.map((column) => (
                <label key={column} className="chip-check">
                  <input type="checkbox" checked={columns.includes(column)} onChange={(e) => toggleColumn(column, e.target.checked)} />
                  <span>{column}</span>
                </label>
              ))}
            </div>
            {errors.columns && (
              <p className="field-error" id="export-columns-error">
                {err('columns')}
              </p>
            )}
          </fieldset>
        </>
      )}

      <footer className="dialog-foot">
        <p className="data-status" role="status">
          {working && kind !== 'pdf' ? t('data.export.working') : status}
        </p>
        <span className="spacer" />
        <button type="submit" className="primary-button" disabled={working}>
          {t(`data.export.action.${kind}`)}
        </button>
      </footer>
      {printJob && (
        <PrintableMonth
          month={printJob.month}
          client={printJob.client}
          clients={printJob.clients}
          posts={printJob.posts}
          weekStartsOn={printJob.client?.weekStartsOn ?? clients.find((c) => c.id === currentClientId)?.weekStartsOn ?? 1}
        />
      )}
    </form>
  );
};
