import { useCallback, useEffect, useMemo, useState } from 'react';
import { format } from 'date-fns';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { BackupInfo } from '../../../shared/bridge/contract';
import { isDatedInFuture, ROTATION } from '../../../shared/bridge/backupRotation';
import type { Backup } from '../../../shared/serializers/backup';
import { getBridge } from '../../bridge/bridge';
import { useDb } from '../../db/hooks';
import type { MediaRow } from '../../db/media';
import { DATA_VERSION } from '../../db/schema';
import { dateLocale } from '../../i18n/i18n';
import { useStorageErrors } from '../toasts/useStorageErrors';
import type { PanelHost } from './useJob';
import { ImportReport } from './ImportReport';
import { JobProgress } from './JobProgress';
import { RestoreConfirm } from './RestoreConfirm';
import { runAutoBackup } from './useAutoBackup';
import { mediaRowsFromBackups } from './autoBackupMedia';
import { useJob } from './useJob';
import { JobCancelled } from './workerClient';
import type { ImportError } from '../../../shared/serializers/types';
import { storageErrorText } from '../toasts/useStorageErrors';

// The unit is the language's own (Ko and Mo in French), not Intl's: its French "ko" is lower case.
const size = (bytes: number, language: string, t: TFunction): string => {
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  if (bytes < 1024 * 1024) return t('data.backups.kilobytes', { size: number.format(Math.max(bytes, 1) / 1024) });
  return t('data.backups.megabytes', { size: number.format(bytes / 1024 / 1024) });
};

type Picked = { info: BackupInfo; backup: Backup; media: MediaRow[] } | { info: BackupInfo; errors: ImportError[] };

/**
 * The automatic backups, newest first, each one restorable (after a confirmation). Copies stamped
 * after `now` (saved while the clock was set ahead) are flagged: the rotation keeps them all and does
 * not count them, which would otherwise puzzle anyone counting the copies.
 */
export const BackupsPanel = ({ host, now = () => new Date() }: { host: PanelHost; now?: () => Date }) => {
  const { t, i18n } = useTranslation();
  const db = useDb();
  const reportError = useStorageErrors();
  const bridge = useMemo(() => getBridge(), []);
  const job = useJob(host);
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [shell, setShell] = useState<'desktop' | 'web'>('web');
  const [picked, setPicked] = useState<Picked | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const locale = dateLocale(i18n.language);

  const refresh = useCallback(
    () =>
      bridge.listBackups().then(setBackups, (error: unknown) => {
        setBackups([]);
        setStatus(t('data.backups.listFailed', { message: storageErrorText(t, error) }));
      }),
    [bridge, t],
  );

  useEffect(() => {
    void refresh();
    void bridge.getAppInfo().then((info) => setShell(info.shell), () => undefined);
  }, [bridge, refresh]);

  const backUpNow = async () => {
    setStatus(null);
    try {
      await job.hold(t('data.backups.saving'), () => runAutoBackup(db, bridge, { force: true }));
      setStatus(t('data.backups.saved'));
      await refresh();
    } catch (error) {
      reportError(error);
      setStatus(t('data.backups.failed', { message: storageErrorText(t, error) }));
    }
  };

  const open = async (info: BackupInfo) => {
    setStatus(null);
    try {
      const text = await bridge.readBackup(info.name);
      const parsed = await job.run(t('data.backups.reading'), { kind: 'backup', text, maxDataVersion: DATA_VERSION });
      if (!parsed.ok) return setPicked({ info, errors: [parsed.error, ...parsed.errors] });
      // Its media from the backup store (#18), checked like a zip's: the ones this database lacks.
      const media = await mediaRowsFromBackups(db, bridge, parsed.backup, new Date());
      setPicked(media.ok ? { info, backup: parsed.backup, media: media.rows } : { info, errors: [media.error] });
    } catch (error) {
      if (error instanceof JobCancelled) setStatus(t('data.import.cancelled'));
      else setStatus(t('data.backups.failed', { message: storageErrorText(t, error) }));
    }
  };

  const when = (info: BackupInfo) => format(new Date(info.createdAt), 'PPpp', { locale });

  if (picked && 'backup' in picked) {
    return <RestoreConfirm backup={picked.backup} media={picked.media} source={when(picked.info)} host={host} onCancel={() => setPicked(null)} />;
  }

  const busy = job.progress !== null;
  const at = now();
  const future = new Set((backups ?? []).filter((info) => isDatedInFuture(info, at)).map((info) => info.name));
  return (
    <div className="data-form">
      <p className="field-hint">
        {t(shell === 'desktop' ? 'data.backups.aboutDesktop' : 'data.backups.aboutWeb', { hourly: ROTATION.hourly, daily: ROTATION.daily, manual: ROTATION.manual })}
      </p>
      {picked && 'errors' in picked && (
        <>
          <p className="banner banner-warning" role="alert">{t('data.backups.unreadable', { date: when(picked.info) })}</p>
          <ImportReport errors={picked.errors} caption={t('data.report.caption', { name: picked.info.name })} />
        </>
      )}
      {backups === null ? (
        <p aria-busy="true">{t('data.backups.loading')}</p>
      ) : backups.length === 0 ? (
        <p>{t('data.backups.none')}</p>
      ) : (
        <div className="data-scroll">
          <table className="data-table">
            <caption>{t('data.backups.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('data.backups.when')}</th>
                <th scope="col">{t('data.backups.kind')}</th>
                <th scope="col">{t('data.backups.size')}</th>
                <td />
              </tr>
            </thead>
            <tbody>
              {backups.map((info) => (
                <tr key={info.name}>
                  <th scope="row">
                    {when(info)}
                    {future.has(info.name) && (
                      <>
                        {' '}
                        <span className="backup-future">{t('data.backups.future')}</span>
                      </>
                    )}
                  </th>
                  <td>{t(`data.backups.reasons.${info.reason}`)}</td>
                  <td>{size(info.size, i18n.language, t)}</td>
                  <td>
                    <button
                      type="button"
                      className="button"
                      disabled={busy}
                      aria-label={t('data.backups.restoreLabel', { date: when(info) })}
                      onClick={() => void open(info)}
                    >
                      {t('data.backups.restore')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {future.size > 0 && <p className="field-hint">{t('data.backups.futureNote')}</p>}
      {job.progress && <JobProgress progress={job.progress} onCancel={job.cancel} />}
      <div className="dialog-foot">
        <p className="data-status" role="status">{status}</p>
        <span className="spacer" />
        <button type="button" className="button" disabled={busy} onClick={() => void backUpNow()}>
          {t('data.backups.now')}
        </button>
      </div>
    </div>
  );
};
