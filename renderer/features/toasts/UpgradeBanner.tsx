import { useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { RotateCw } from 'lucide-react';
import { isClosedByUpgrade, onClosedByUpgrade } from '../../db/database';
import { useDb } from '../../db/hooks';
import './sync.css';

/**
 * Shown once another window opened the database at a newer version (a newer Cadence): this window
 * has closed its connection and refuses every write (database.ts). It stays until the window is
 * reloaded, above the app (sync.css moves the app down for it): what is on screen, an editor's
 * unsaved text included, stays there to copy before reloading.
 */
export const UpgradeBanner = () => {
  const { t } = useTranslation();
  const db = useDb();
  const closed = useSyncExternalStore(
    (notify) => onClosedByUpgrade(db, notify),
    () => isClosedByUpgrade(db),
  );
  const ref = useRef<HTMLDivElement>(null);
  // The app (and the editor sliding over it) move down by the banner's real height: its text wraps
  // onto two lines in a narrow window.
  useLayoutEffect(() => {
    const banner = ref.current;
    if (!banner) return undefined;
    const root = document.documentElement;
    const measure = () => root.style.setProperty('--upgrade-banner-height', `${banner.offsetHeight}px`);
    measure();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(banner);
    return () => {
      observer?.disconnect();
      root.style.removeProperty('--upgrade-banner-height');
    };
  }, [closed]);
  if (!closed) return null;
  return (
    <div ref={ref} className="upgrade-banner" role="alert">
      <p>
        <strong>{t('sync.upgradedTitle')}</strong> {t('sync.upgradedBody')}
      </p>
      <button type="button" className="primary-button" onClick={() => window.location.reload()}>
        <RotateCw size={15} aria-hidden="true" /> {t('sync.reload')}
      </button>
    </div>
  );
};
