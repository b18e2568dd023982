import { useEffect, useMemo, useState } from 'react';
import { format } from 'date-fns';
import { useTranslation } from 'react-i18next';
import type { CadenceBridge } from '../../../shared/bridge/contract';
import type { Backup } from '../../../shared/serializers/backup';
import { getBridge } from '../../bridge/bridge';
import type { CadenceDb } from '../../db/database';
import { useDb } from '../../db/hooks';
import type { MediaRow } from '../../db/media';
import { planRestore, restoreBackup, type RestoreMode, type RestorePlan } from '../../db/snapshot';
import { DATA_VERSION } from '../../db/schema';
import { dateLocale } from '../../i18n/i18n';
import { useToast } from '../toasts/Toasts';
import { storageErrorText, useStorageErrors } from '../toasts/useStorageErrors';
import { mediaRowsFromBackups } from './autoBackupMedia';
import { storeBackup } from './backupTasks';
import type { PanelHost } from './useJob';
import { JobProgress } from './JobProgress';
import { useJob } from './useJob';
import { useHistory } from '../history/History';
import { runInBackground } from './workerClient';

/** Puts back the state saved just before a restore (the Undo of a restore's toast). */
export const undoRestore = async (db: CadenceDb, bridge: CadenceBridge, safetyName: string): Promise<void> => {
  const text = await bridge.readBackup(safetyName);
  const parsed = await runInBackground({ kind: 'backup', text, maxDataVersion: DATA_VERSION });
  if (!parsed.ok) throw new Error(parsed.error.message);
  // Media the database lost since (an unused-media cleanup) come back from the backup store (#18).
  const media = await mediaRowsFromBackups(db, bridge, parsed.backup, new Date());
  if (!media.ok) throw new Error(media.error.message);
  await restoreBackup(db, parsed.backup.data, 'replace', media.rows);
};

/**
 * The confirmation before a restore: replace or merge, and exactly what will change. Restoring first
 * saves the current state among the backups, so the restore can itself be undone (the undo history
 * covers posts only, and a restore changes clients and settings too).
 */
export const RestoreConfirm = ({
  backup,
  media = [],
  source,
  host,
  onCancel,
}: {
  backup: Backup;
  /** The backup zip's media rows, checked already (mediaRowsFromZip); written in the restore's transaction. */
  media?: readonly MediaRow[];
  source: string;
  host: PanelHost;
  onCancel: () => void;
}) => {
  const { t, i18n } = useTranslation();
  const db = useDb();
  const history = useHistory();
  const toast = useToast();
  const reportError = useStorageErrors();
  const bridge = useMemo(() => getBridge(), []);
  const job = useJob(host);
  const [mode, setMode] = useState<RestoreMode>('replace');
  const [plan, setPlan] = useState<RestorePlan | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    planRestore(db, backup.data, mode).then(
      (next) => live && setPlan(next),
      (error: unknown) => live && reportError(error),
    );
    return () => {
      live = false;
    };
  }, [db, backup, mode, reportError]);

  const exported = new Date(backup.exportedAt);
  const when = Number.isNaN(exported.getTime()) ? backup.exportedAt : format(exported, 'PPp', { locale: dateLocale(i18n.language) });

  const counts = {
    clients: t('data.restore.clientCount', { count: backup.data.clients.length }),
    posts: t('data.restore.postCount', { count: backup.data.posts.length }),
    results: t('data.restore.resultCount', { count: backup.data.results?.length ?? 0 }),
  };
  const kept = backup.data.unreadable?.length ?? 0;

  const restore = async () => {
    setStatus(null);
    try {
      const safety = await job.hold(t('data.restore.savingCurrent'), () => storeBackup(db, bridge, 'pre-restore'));
      const done = await job.hold(t('data.restore.restoring'), () => restoreBackup(db, backup.data, mode, media));
      history.clear();
      toast.show({
        message: [
          t(done.mode === 'replace' ? 'data.restore.doneReplace' : 'data.restore.doneMerge', counts),
          ...(done.unreadable > 0 ? [t('data.restore.keptDone', { count: done.unreadable })] : []),
        ].join(' '),
        action: {
          label: t('data.restore.undo'),
          run: async () => {
            try {
              await undoRestore(db, bridge, safety.name);
              history.clear();
              toast.show({ message: t('data.restore.undone') });
            } catch (error) {
              toast.show({ message: t('data.restore.undoFailed', { message: storageErrorText(t, error) }), tone: 'error' });
            }
          },
        },
      });
      host.close();
    } catch (error) {
      reportError(error);
      setStatus(t('data.restore.failed', { message: storageErrorText(t, error) }));
    }
  };

  const busy = job.progress !== null;
  const row = (label: string, counts: RestorePlan['clients']) => (
    <tr>
      <th scope="row">{label}</th>
      <td>{counts.added}</td>
      <td>{counts.replaced}</td>
      <td>{counts.removed}</td>
    </tr>
  );

  return (
    <div className="data-form">
      <h3 className="data-subtitle">{t('data.restore.title', { source })}</h3>
      <p>
        {t('data.restore.contents', { date: when, ...counts })}
      </p>
      <fieldset className="data-radios">
        <legend>{t('data.restore.mode')}</legend>
        {(['replace', 'merge'] as const).map((m) => (
          <label key={m} className="checkbox">
            <input type="radio" name="restore-mode" value={m} checked={mode === m} disabled={busy} onChange={() => setMode(m)} />
            <span>
              {t(`data.restore.modes.${m}`)}
              <small>{t(`data.restore.modeHints.${m}`)}</small>
            </span>
          </label>
        ))}
      </fieldset>
      {plan && plan.mode === mode && (
        <table className="data-table restore-table">
          <caption>{t('data.restore.changes')}</caption>
          <thead>
            <tr>
              <td />
              <th scope="col">{t('data.restore.added')}</th>
              <th scope="col">{t('data.restore.replaced')}</th>
              <th scope="col">{t('data.restore.removed')}</th>
            </tr>
          </thead>
          <tbody>
            {row(t('data.restore.clients'), plan.clients)}
            {row(t('data.restore.posts'), plan.posts)}
            {row(t('data.restore.results'), plan.results)}
          </tbody>
        </table>
      )}
      {kept > 0 && <p className="banner banner-warning">{t('data.restore.kept', { count: kept })}</p>}
      <p className="banner banner-info">{t(mode === 'replace' ? 'data.restore.replaceNote' : 'data.restore.mergeNote')}</p>
      <p className="field-hint">{t('data.restore.safety')}</p>
      {job.progress && <JobProgress progress={job.progress} />}
      <div className="dialog-foot">
        <p className="data-status" role="status">{status}</p>
        <span className="spacer" />
        <button type="button" className="button" disabled={busy} onClick={onCancel}>
          {t('data.cancel')}
        </button>
        <button type="button" className="primary-button" disabled={busy || !plan} onClick={() => void restore()}>
          {t(mode === 'replace' ? 'data.restore.confirmReplace' : 'data.restore.confirmMerge')}
        </button>
      </div>
    </div>
  );
};
