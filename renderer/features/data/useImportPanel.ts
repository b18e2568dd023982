import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../shared/model/client';
import { resolvePillars } from '../../../shared/model/pillars';
import { isZip, unpackBackupZip } from '../../../shared/serializers/backupZip';
import type { CsvMapping, DayOrder } from '../../../shared/serializers/csv';
import type { ImportedPost } from '../../../shared/serializers/types';
import { decodeText, detectText, encodingLabel, type EncodingChoice } from '../../../shared/serializers/textEncoding';
import { getBridge } from '../../bridge/bridge';
import { useDb } from '../../db/hooks';
import { importPosts, type PostImportMode } from '../../db/imports';
import { mediaRowsFromZip } from '../../db/mediaBackup';
import { DATA_VERSION } from '../../db/schema';
import { useHistory } from '../history/History';
import { useToast } from '../toasts/Toasts';
import { useStorageErrors } from '../toasts/useStorageErrors';
import { mappingAfterReread, previewCsv, type CsvPreview } from './csvPreview';
import type { PanelHost } from './useJob';
import { IMPORT_FILTERS, fileKind } from './exporting';
import { FROM_FILE, PLACEHOLDER_CLIENT, defaultsFor, type Opened, type Stage } from './importStages';
import { useJob } from './useJob';
import { JobCancelled } from './workerClient';
import { storageErrorText } from '../toasts/useStorageErrors';

type Options = { clients: Client[]; currentClientId: string | null; host: PanelHost };

/**
 * The import panel's state and its work: opening a file and reading it by kind (CSV to map, ICS,
 * backup to confirm), reading a CSV again in another encoding, and writing the posts read.
 */
export const useImportPanel = ({ clients, currentClientId, host }: Options) => {
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

  const chooseTarget = (value: string) => {
    setTarget(value);
    setTargetError(null);
  };

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

  return {
    active,
    target,
    chooseTarget,
    mode,
    setMode,
    dayOrder,
    setDayOrder,
    stage,
    setStage,
    status,
    targetError,
    encodingError,
    targetClient,
    preview,
    progress: job.progress,
    cancel: job.cancel,
    busy: job.progress !== null,
    choose,
    reread,
    importCsv,
    importIcs,
    reset,
  };
};

export type ImportPanelState = ReturnType<typeof useImportPanel>;
