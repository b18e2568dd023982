import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileUp } from 'lucide-react';
import type { Client } from '../../../shared/model/client';
import { resolvePillars } from '../../../shared/model/pillars';
import type { Backup } from '../../../shared/serializers/backup';
import { isZip, unpackBackupZip } from '../../../shared/serializers/backupZip';
import { CSV_COLUMNS, type CsvColumn, type CsvMapping, type DayOrder } from '../../../shared/serializers/csv';
import type { IcsImport } from '../../../shared/serializers/ics';
import type { ImportDefaults, ImportError, ImportedPost } from '../../../shared/serializers/types';
import { decodeText, detectText, encodingLabel, type DecodedText, type EncodingChoice } from '../../../shared/serializers/textEncoding';
import { getBridge } from '../../bridge/bridge';
import { useDb } from '../../db/hooks';
import { importPosts, type PostImportMode } from '../../db/imports';
import type { MediaRow } from '../../db/media';
import { mediaRowsFromZip } from '../../db/mediaBackup';
import { DATA_VERSION } from '../../db/schema';
import { Field } from '../../ui/Field';
import { useHistory } from '../history/History';
import { useToast } from '../toasts/Toasts';
import { useStorageErrors } from '../toasts/useStorageErrors';
import { mappingAfterReread, previewCsv, type CsvPreview } from './csvPreview';
import type { PanelHost } from './DataDialog';
import { EncodingField } from './EncodingField';
import { IMPORT_FILTERS, fileKind } from './exporting';
import { ImportReport } from './ImportReport';
import { JobProgress } from './JobProgress';
import { RestoreConfirm } from './RestoreConfirm';
import { useJob } from './useJob';
import { JobCancelled } from './workerClient';
import { storageErrorText } from '../toasts/useStorageErrors';

/** The file as opened: its bytes (to read again in another encoding) and their text. */
type Opened = { name: string; bytes: Uint8Array; text: string; decoded: DecodedText };
type Stage =
  | { step: 'pick' }
  | { step: 'mapping'; file: Opened; mapping: CsvMapping }
  | { step: 'ics'; file: Opened; result: IcsImport }
  | { step: 'report'; file: Opened; errors: ImportError[]; summary: string; back: Stage | null }
  | { step: 'restore'; file: Opened; backup: Backup; media: MediaRow[] };

/** The target "each row's own client" (client_id, else the client's name). */
const FROM_FILE = '__file__';
/** fromCsv needs a client for every row; in FROM_FILE mode importPosts resolves the real one. */
const PLACEHOLDER_CLIENT = '__from-file__';

/** The mapping table, most useful columns first, then any other column the CSV format has. */
const FIRST_COLUMNS: CsvColumn[] = [
  'title', 'date', 'time', 'channel', 'format', 'status', 'caption', 'tags', 'pillar', 'notes', 'tone', 'intent',
  'invites_participation', 'client', 'client_id', 'id',
];
const MAPPED_COLUMNS: CsvColumn[] = [...FIRST_COLUMNS, ...CSV_COLUMNS.filter((c) => !FIRST_COLUMNS.includes(c))];

/** A row without a channel goes to the client's first channel. */
const defaultsFor = (client: Client | null): ImportDefaults => (client?.channels[0] ? { channel: client.channels[0] } : {});

const sameMapping = (a: CsvMapping, b: CsvMapping) =>
  MAPPED_COLUMNS.every((c) => (a[c] ?? '') === (b[c] ?? ''));

/** Import posts from a CSV or an ICS file, or restore a JSON backup (all or nothing). */
export const ImportPanel = ({ clients, currentClientId, host }: { clients: Client[]; currentClientId: string | null; host: PanelHost }) => {
  const { t } = useTranslation();
  const db = useDb();
  const history = useHistory();
  const toast = useToast();
  const reportError = useStorageErrors();
  const bridge = useMemo(() => getBridge(), []);
  const job = useJob(host);
  const active = useMemo(() => clients.filter((c) => !c.archived), [clients]);
  const [target, setTarget] = useState<string>(
    active.some((c) => c.id === currentClientId) ? currentClientId! : (active[0]?.id ?? FROM_FILE),
  );
  const [mode, setMode] = useState<PostImportMode>('add');
  const [dayOrder, setDayOrder] = useState<DayOrder | ''>('');
  const [stage, setStage] = useState<Stage>({ step: 'pick' });
  const [status, setStatus] = useState<string | null>(null);
  const [targetError, setTargetError] = useState<string | null>(null);
  const [encodingError, setEncodingError] = useState<string | null>(null);

  const targetClient = active.find((c) => c.id === target) ?? null;
  const defaults = defaultsFor(targetClient);
  const csvClientId = targetClient ? targetClient.id : PLACEHOLDER_CLIENT;

  const preview: CsvPreview | null = useMemo(
    () =>
      stage.step === 'mapping'
        ? previewCsv(stage.file.text, {
            mapping: stage.mapping,
            clientId: targetClient ? targetClient.id : PLACEHOLDER_CLIENT,
            defaults: defaultsFor(targetClient),
            clients: active,
            ...(dayOrder ? { dayOrder } : {}),
          })
        : null,
    [stage, targetClient, dayOrder, active],
  );

  const failed = (error: unknown) => {
    if (error instanceof JobCancelled) {
      setStatus(t('data.import.cancelled'));
      return;
    }
    reportError(error);
    setStatus(t('data.import.failed', { message: storageErrorText(t, error) }));
  };

  const choose = async () => {
    setStatus(null);
    setTargetError(null);
    setEncodingError(null);
    let opened;
    try {
      opened = await bridge.openFile({ filters: IMPORT_FILTERS });
    } catch (error) {
      failed(error);
      return;
    }
    if (!opened) return;
    if ('error' in opened) {
      setStatus(t(opened.error === 'too-large' ? 'data.import.tooLarge' : 'data.import.unreadable', { name: opened.name }));
      return;
    }
    // A backup saved with media is a zip: its JSON is read as any backup, its files checked below.
    const zip = isZip(opened.bytes) ? unpackBackupZip(opened.bytes) : null;
    const decoded = detectText(zip?.ok ? new TextEncoder().encode(zip.backup.text) : opened.bytes);
    const file: Opened = { name: opened.name, bytes: opened.bytes, text: decoded.text, decoded };
    if (zip && !zip.ok) {
      setStage({ step: 'report', file, errors: [zip.error], summary: t('data.import.backupRefused'), back: null });
      return;
    }
    const kind = zip ? 'backup' : fileKind(file.name, file.text);
    if (kind === 'csv') {
      const guessed = previewCsv(file.text, { clientId: csvClientId });
      setStage({ step: 'mapping', file, mapping: guessed.mapping });
      return;
    }
    try {
      if (kind === 'backup') {
        const parsed = await job.run(t('data.import.reading', { name: file.name }), { kind: 'backup', text: file.text, maxDataVersion: DATA_VERSION });
        // Every media byte checked (present, its size, its SHA-256) before the confirmation: a damaged file refuses it all.
        const media = parsed.ok ? await mediaRowsFromZip(db, parsed.backup, zip?.ok ? zip.backup : { media: new Map(), thumbs: new Map() }, new Date()) : null;
        if (parsed.ok && media?.ok) setStage({ step: 'restore', file, backup: parsed.backup, media: media.rows });
        else if (media && !media.ok) setStage({ step: 'report', file, errors: [media.error], summary: t('data.import.backupRefused'), back: null });
        else if (!parsed.ok) setStage({ step: 'report', file, errors: [parsed.error, ...parsed.errors], summary: t('data.import.backupRefused'), back: null });
        return;
      }
      if (!targetClient) {
        setTargetError(t('data.import.icsNeedsClient'));
        return;
      }
      const result = await job.run(t('data.import.reading', { name: file.name }), {
        kind: 'ics',
        text: file.text,
        options: { clientId: targetClient.id, timeZone: targetClient.timeZone, defaults, pillars: resolvePillars(targetClient.pillars) },
      });
      if (result.errors.length > 0) {
        setStage({ step: 'report', file, errors: result.errors, summary: t('data.import.refused', { count: result.errors.length }), back: null });
      } else setStage({ step: 'ics', file, result });
    } catch (error) {
      failed(error);
    }
  };

  /** The same bytes read in the encoding the user chose; refused (with the line) when they are not valid in it. */
  const reread = (choice: EncodingChoice) => {
    if (stage.step !== 'mapping') return;
    const { file } = stage;
    const result = decodeText(file.bytes, choice);
    if (!result.ok) {
      const current = encodingLabel(file.decoded.encoding);
      setEncodingError(t('data.import.encodingInvalid', { encoding: encodingLabel(result.encoding), line: result.line, current }));
      return;
    }
    setEncodingError(null);
    const mapping = mappingAfterReread(stage.mapping, file.text, result.text, csvClientId);
    setStage({ step: 'mapping', file: { ...file, text: result.text, decoded: result }, mapping });
  };

  /** Writes the rows (one transaction, recorded for undo), or shows why not. */
  const write = async (file: Opened, rows: ImportedPost[], back: Stage | null) => {
    // A CSV's media cells are never read (no file comes with them): said after the import, never an error.
    const mediaNamed = rows.filter((r) => r.mediaNamed).length;
    const label = t('data.import.historyLabel', { count: rows.length });
    const result = await job.hold(t('data.import.saving', { count: rows.length }), () =>
      importPosts(db, rows, {
        clientId: targetClient ? targetClient.id : null,
        mode,
        // The worker validated every row against the post schema already.
        commit: (change) => history.commit(change, label, { validated: true }),
      }),
    );
    if (!result.ok) {
      setStage({ step: 'report', file, errors: result.errors, summary: t('data.import.refused', { count: result.errors.length }), back });
      return;
    }
    const { applied } = result;
    const done = t('data.import.done', { count: result.added + result.replaced, added: result.added, replaced: result.replaced });
    toast.show({
      message: mediaNamed > 0 ? `${done}. ${t('data.import.mediaDone', { count: mediaNamed })}` : done,
      action: { label: t('editor.undo'), run: () => void history.undoIfLatest(applied) },
    });
    host.close();
  };

  const importCsv = async (file: Opened, mapping: CsvMapping) => {
    setStatus(null);
    if (!mapping.title) return; // the preview says why
    try {
      const result = await job.run(t('data.import.reading', { name: file.name }), {
        kind: 'csv',
        text: file.text,
        options: { mapping, clientId: csvClientId, defaults, clients: active, ...(dayOrder ? { dayOrder } : {}) },
      });
      const back: Stage = { step: 'mapping', file, mapping };
      if (result.errors.length > 0) {
        setStage({ step: 'report', file, errors: result.errors, summary: t('data.import.refused', { count: result.errors.length }), back });
        return;
      }
      if (result.rows.length === 0) {
        setStatus(t('data.import.noRows'));
        return;
      }
      await write(file, result.rows, back);
    } catch (error) {
      failed(error);
    }
  };

  const importIcs = async (file: Opened, rows: ImportedPost[]) => {
    try {
      await write(file, rows, null);
    } catch (error) {
      failed(error);
    }
  };

  const reset = () => {
    setStage({ step: 'pick' });
    setStatus(null);
  };

  if (stage.step === 'restore') {
    return <RestoreConfirm backup={stage.backup} media={stage.media} source={stage.file.name} host={host} onCancel={reset} />;
  }

  const busy = job.progress !== null;
  const options = (
    <div className="field-row">
      <Field label={t('data.import.target')} error={targetError ?? undefined}>
        <select value={target} disabled={busy} onChange={(e) => { setTarget(e.target.value); setTargetError(null); }}>
          {active.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
          <option value={FROM_FILE}>{t('data.import.fromFile')}</option>
        </select>
      </Field>
      <Field label={t('data.import.mode')} hint={t(`data.import.modeHint.${mode}`)}>
        <select value={mode} disabled={busy} onChange={(e) => setMode(e.target.value as PostImportMode)}>
          <option value="add">{t('data.import.modes.add')}</option>
          <option value="update">{t('data.import.modes.update')}</option>
        </select>
      </Field>
    </div>
  );

  return (
    <div className="data-form">
      {stage.step === 'pick' && (
        <>
          <p className="field-hint">{t('data.import.intro')}</p>
          {options}
          <div className="dialog-foot">
            <p className="data-status" role="status">{status}</p>
            <span className="spacer" />
            <button type="button" className="primary-button" disabled={busy} onClick={() => void choose()}>
              <FileUp size={15} aria-hidden="true" /> {t('data.import.choose')}
            </button>
          </div>
        </>
      )}

      {stage.step === 'mapping' && preview && (
        <>
          <p>
            {t('data.import.mappingIntro', { name: stage.file.name })}
          </p>
          {options}
          <Field label={t('data.import.dayOrder')} hint={t('data.import.dayOrderHint')}>
            <select value={dayOrder} disabled={busy} onChange={(e) => setDayOrder(e.target.value as DayOrder | '')}>
              <option value="">{t('data.import.dayOrders.auto')}</option>
              <option value="dmy">{t('data.import.dayOrders.dmy')}</option>
              <option value="mdy">{t('data.import.dayOrders.mdy')}</option>
            </select>
          </Field>
          <EncodingField decoded={stage.file.decoded} error={encodingError} disabled={busy} onChoose={reread} />
          <div className="data-scroll">
            <table className="data-table mapping-table">
              <caption>{t('data.import.mapping')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('data.import.cadenceField')}</th>
                  <th scope="col">{t('data.import.fileColumn')}</th>
                  <th scope="col">{t('data.import.firstRow')}</th>
                </tr>
              </thead>
              <tbody>
                {MAPPED_COLUMNS.map((column) => {
                  const header = stage.mapping[column];
                  return (
                    <tr key={column}>
                      <th scope="row">{t(`data.columns.${column}`, { defaultValue: column })}</th>
                      <td>
                        <select
                          aria-label={t('data.import.columnFor', { field: t(`data.columns.${column}`, { defaultValue: column }) })}
                          value={header ?? ''}
                          disabled={busy}
                          onChange={(e) => {
                            const next = { ...stage.mapping };
                            if (e.target.value) next[column] = e.target.value;
                            else delete next[column];
                            if (!sameMapping(next, stage.mapping)) setStage({ ...stage, mapping: next });
                          }}
                        >
                          <option value="">{t('data.import.notImported')}</option>
                          {preview.headers.filter((h) => h !== '').map((h) => (
                            <option key={h} value={h}>
                              {h}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td className="data-sample">{header ? preview.samples[header] : ''}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {!stage.mapping.title && <p className="field-error" role="alert">{t('data.import.needsTitle')}</p>}
          {preview.result.rows.some((r) => r.mediaNamed) && <p className="field-hint">{t('data.import.mediaNote')}</p>}
          {preview.result.rows.length > 0 && (
            <div className="data-scroll">
              <table className="data-table">
                <caption>{t('data.import.previewCaption', { count: preview.result.rows.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('data.report.line')}</th>
                    <th scope="col">{t('data.columns.title')}</th>
                    <th scope="col">{t('data.columns.date')}</th>
                    <th scope="col">{t('data.columns.time')}</th>
                    <th scope="col">{t('data.columns.channel')}</th>
                    <th scope="col">{t('data.columns.format')}</th>
                    <th scope="col">{t('data.columns.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.result.rows.map((row) => (
                    <tr key={row.line}>
                      <td className="data-line">{row.line}</td>
                      <td>{row.post.title}</td>
                      <td>{row.post.date ?? '—'}</td>
                      <td>{row.post.time ?? '—'}</td>
                      <td>{t(`channel.${row.post.channel}`)}</td>
                      <td>{t(`format.${row.post.format}`)}</td>
                      <td>{t(`status.${row.post.status}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {preview.result.errors.length > 0 && stage.mapping.title && (
            <ImportReport errors={preview.result.errors} caption={t('data.import.previewProblems')} />
          )}
          <div className="dialog-foot">
            <p className="data-status" role="status">{status}</p>
            <span className="spacer" />
            <button type="button" className="button" disabled={busy} onClick={() => void choose()}>
              {t('data.import.otherFile')}
            </button>
            <button type="button" className="primary-button" disabled={busy || !stage.mapping.title} onClick={() => void importCsv(stage.file, stage.mapping)}>
              {t('data.import.import')}
            </button>
          </div>
        </>
      )}

      {stage.step === 'ics' && (
        <>
          <p>{t('data.import.icsRead', { count: stage.result.posts.length, name: stage.file.name, client: targetClient?.name ?? '' })}</p>
          {options}
          {stage.result.warnings.length > 0 && <ImportReport errors={stage.result.warnings} caption={t('data.import.warnings')} />}
          <div className="dialog-foot">
            <p className="data-status" role="status">{status}</p>
            <span className="spacer" />
            <button type="button" className="button" disabled={busy} onClick={() => void choose()}>
              {t('data.import.otherFile')}
            </button>
            <button
              type="button"
              className="primary-button"
              disabled={busy || stage.result.posts.length === 0 || !targetClient}
              onClick={() => void importIcs(stage.file, stage.result.posts)}
            >
              {t('data.import.importCount', { count: stage.result.posts.length })}
            </button>
          </div>
        </>
      )}

      {stage.step === 'report' && (
        <>
          <p className="banner banner-warning" role="alert">
            {stage.summary}
          </p>
          <ImportReport errors={stage.errors} caption={t('data.report.caption', { name: stage.file.name })} />
          <div className="dialog-foot">
            <p className="data-status" role="status">{status}</p>
            <span className="spacer" />
            {stage.back && (
              <button type="button" className="button" onClick={() => stage.back && setStage(stage.back)}>
                {t('data.import.back')}
              </button>
            )}
            <button type="button" className="primary-button" onClick={() => void choose()}>
              {t('data.import.otherFile')}
            </button>
          </div>
        </>
      )}

      {job.progress && <JobProgress progress={job.progress} onCancel={job.cancel} />}
    </div>
  );
};
