import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { CadenceBridge } from '../../../shared/bridge/contract';
import { MAX_IMAGE_BYTES, MAX_VIDEO_BYTES } from '../../../shared/media/sniff';
import { getBridge } from '../../bridge/bridge';
import { requestPersistence, type CadenceDb } from '../../db/database';
import { useDb } from '../../db/hooks';
import { mediaSizes } from '../../db/media';
import { findUnusedMedia, removeUnusedMedia, type UnusedMedia } from '../../db/unusedMedia';
import { useStorageErrors } from '../toasts/useStorageErrors';
import { hashesInBackups } from './autoBackupMedia';
import { storageErrorText } from '../toasts/useStorageErrors';

/**
 * The storage meter (issue 18): how much of the browser's space Cadence uses, whether the browser
 * promised to keep it (persistent storage), the pictures and videos stored, the per-file limits, and
 * the removal of media no post uses. In the desktop app the same browser APIs answer for the app's own
 * storage (Electron's renderer), so one component serves both.
 * TRAP: navigator.storage is missing on old browsers and on plain-http pages; every number is then
 * "unknown", never 0 (a meter at 0 would say there is room when nobody knows).
 * DATA: "unused" spares more than the posts say: files stored in the last day (an editor may hold
 * them, not saved yet) and files a kept automatic backup or safety copy refers to (backups from before
 * #18 have no list and find their pictures only here). See renderer/db/unusedMedia.ts.
 * TRAP (focus, Escape): the confirmation replaces the button that opened it, inside the data dialog (a
 * modal <dialog> that closes on Escape). So it takes focus on Cancel when it opens, gives it back to
 * that button (or the section's title, when nothing is left to remove) when it closes, and cancels
 * Escape's keydown so only the confirmation closes, not the whole dialog.
 */

type Estimate = { usage: number; quota: number } | 'unknown';
type Persisted = boolean | 'unknown';

// The unit is the language's own (Ko, Mo, Go in French): Intl's French "ko" is lower case.
export const formatBytes = (bytes: number, language: string, t: TFunction): string => {
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const mb = bytes / 1024 / 1024;
  if (mb >= 1024) return t('data.storage.gigabytes', { size: number.format(mb / 1024) });
  if (bytes < 1024 * 1024) return t('data.storage.kilobytes', { size: number.format(bytes / 1024) });
  return t('data.storage.megabytes', { size: number.format(mb) });
};

const readEstimate = async (): Promise<Estimate> => {
  try {
    const estimate = await navigator.storage?.estimate?.();
    if (!estimate || typeof estimate.usage !== 'number' || typeof estimate.quota !== 'number') return 'unknown';
    return { usage: estimate.usage, quota: estimate.quota };
  } catch {
    return 'unknown';
  }
};

const readPersisted = async (): Promise<Persisted> => {
  try {
    const persisted = await navigator.storage?.persisted?.();
    return typeof persisted === 'boolean' ? persisted : 'unknown';
  } catch {
    return 'unknown';
  }
};

type Figures = { estimate: Estimate; persisted: Persisted; media: { count: number; bytes: number }; unused: UnusedMedia };

/** Unused media the backups do not refer to; `strict` throws when a backup cannot be read (the removal). */
const removable = async (db: CadenceDb, bridge: CadenceBridge, strict: boolean): Promise<UnusedMedia> => {
  const now = new Date();
  const candidates = await findUnusedMedia(db, { now });
  const inBackups = hashesInBackups(bridge, candidates.hashes);
  // Shown: a backup that cannot be read only leaves the button; the removal then checks and says why.
  const spare = strict ? await inBackups : await inBackups.catch(() => new Set<string>());
  return spare.size === 0 ? candidates : findUnusedMedia(db, { now, spare });
};

const measure = async (db: CadenceDb, bridge: CadenceBridge): Promise<Figures> => {
  const [estimate, persisted, sizes, unused] = await Promise.all([readEstimate(), readPersisted(), mediaSizes(db), removable(db, bridge, false)]);
  return { estimate, persisted, media: { count: sizes.length, bytes: sizes.reduce((sum, row) => sum + row.size, 0) }, unused };
};

export const StorageMeter = () => {
  const { t, i18n } = useTranslation();
  const db = useDb();
  const reportError = useStorageErrors();
  const bridge = useMemo(() => getBridge(), []);
  const [figures, setFigures] = useState<Figures | null>(null);
  // Set by the "ask" button; otherwise what the browser said when the figures were read.
  const [askedPersisted, setAskedPersisted] = useState<Persisted | null>(null);
  const [shell, setShell] = useState<'desktop' | 'web'>('web');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const returnFocus = useRef(false);
  const bytes = (n: number) => formatBytes(n, i18n.language, t);

  const refresh = useCallback(
    () =>
      measure(db, bridge).then(setFigures, (error: unknown) =>
        setStatus(t('data.storage.readFailed', { message: storageErrorText(t, error) })),
      ),
    [db, bridge, t],
  );

  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      (triggerRef.current ?? titleRef.current)?.focus();
    }
  }, [confirming]);
  const closeConfirm = () => {
    returnFocus.current = true;
    setConfirming(false);
  };
  const onConfirmKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape') return;
    // Cancelled, so the modal dialog around does not take it as its own close request.
    event.preventDefault();
    event.stopPropagation();
    if (!busy) closeConfirm();
  };

  useEffect(() => {
    void refresh();
    void bridge.getAppInfo().then((info) => setShell(info.shell), () => undefined);
  }, [bridge, refresh]);

  const estimate = figures?.estimate ?? null;
  const persisted = askedPersisted ?? figures?.persisted ?? null;
  const media = figures?.media ?? null;
  const unused = figures?.unused ?? null;

  const askPersistence = async () => {
    setStatus(null);
    const granted = await requestPersistence();
    setAskedPersisted(granted ? true : await readPersisted());
    setStatus(t(granted ? 'data.storage.persistGranted' : 'data.storage.persistDeclined'));
  };

  const remove = async () => {
    if (!unused) return;
    setBusy(true);
    setStatus(null);
    try {
      // Checked again: a backup written since, or one that could not be read when the list was shown.
      const still = new Set((await removable(db, bridge, true)).hashes);
      const removed = await removeUnusedMedia(
        db,
        unused.hashes.filter((hash) => still.has(hash)),
        { now: new Date() },
      );
      setStatus(t('data.storage.removed', { count: removed.hashes.length, size: bytes(removed.bytes) }));
      // The figures first: focus then goes to a button that is still there after the refresh.
      await refresh();
      closeConfirm();
    } catch (error) {
      reportError(error);
      setStatus(t('data.storage.removeFailed', { message: storageErrorText(t, error) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="data-form storage-meter">
      <section aria-labelledby="storage-used-title" className="storage-block">
        <h3 id="storage-used-title" className="data-subtitle">{t('data.storage.usedTitle')}</h3>
        {estimate === null ? (
          <p aria-busy="true">{t('data.storage.loading')}</p>
        ) : estimate === 'unknown' ? (
          <p>{t('data.storage.usedUnknown')}</p>
        ) : (
          <>
            <meter className="storage-bar" min={0} max={Math.max(estimate.quota, 1)} value={estimate.usage} aria-label={t('data.storage.usedTitle')} />
            <p>{t('data.storage.used', { used: bytes(estimate.usage), available: bytes(Math.max(estimate.quota - estimate.usage, 0)) })}</p>
          </>
        )}
        {shell === 'desktop' && <p className="field-hint">{t('data.storage.desktopNote')}</p>}
      </section>

      <section aria-labelledby="storage-persist-title" className="storage-block">
        <h3 id="storage-persist-title" className="data-subtitle">{t('data.storage.persistTitle')}</h3>
        {persisted !== null && (
          <p>{t(persisted === 'unknown' ? 'data.storage.persistUnknown' : persisted ? 'data.storage.persistYes' : 'data.storage.persistNo')}</p>
        )}
        {persisted === false && (
          <div>
            <button type="button" className="button" onClick={() => void askPersistence()}>
              {t('data.storage.persistAsk')}
            </button>
          </div>
        )}
      </section>

      <section aria-labelledby="storage-media-title" className="storage-block">
        <h3 id="storage-media-title" className="data-subtitle" ref={titleRef} tabIndex={-1}>
          {t('data.storage.mediaTitle')}
        </h3>
        {media && <p>{media.count === 0 ? t('data.storage.mediaNone') : t('data.storage.media', { count: media.count, size: bytes(media.bytes) })}</p>}
        <p className="field-hint">{t('data.storage.limits', { image: MAX_IMAGE_BYTES / 1024 / 1024, video: MAX_VIDEO_BYTES / 1024 / 1024 })}</p>
        {unused && unused.hashes.length === 0 && media && media.count > 0 && <p>{t('data.storage.unusedNone')}</p>}
        {unused && unused.hashes.length > 0 && !confirming && (
          <div>
            <button type="button" className="button" ref={triggerRef} disabled={busy} onClick={() => setConfirming(true)}>
              {t('data.storage.unusedRemove', { count: unused.hashes.length, size: bytes(unused.bytes) })}
            </button>
          </div>
        )}
        {unused && confirming && (
          <div className="banner banner-warning storage-confirm" role="alertdialog" aria-labelledby="storage-confirm-text" onKeyDown={onConfirmKey}>
            <p id="storage-confirm-text">{t('data.storage.unusedConfirm', { count: unused.hashes.length, size: bytes(unused.bytes) })}</p>
            <div className="storage-actions">
              <button type="button" className="button" ref={cancelRef} disabled={busy} onClick={closeConfirm}>
                {t('data.storage.cancel')}
              </button>
              <button type="button" className="button danger-button" disabled={busy} onClick={() => void remove()}>
                {t('data.storage.unusedConfirmButton', { count: unused.hashes.length })}
              </button>
            </div>
          </div>
        )}
      </section>
      <p className="data-status" role="status">{status}</p>
    </div>
  );
};
