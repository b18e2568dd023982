import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { X } from 'lucide-react';
import type { Client } from '../../../shared/model/client';
import { BackupsPanel } from './BackupsPanel';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { StorageMeter } from './StorageMeter';
import type { PanelHost } from './useJob';
import { ReviewPanel } from '../review/ReviewPanel';
import type { AnswersStage } from '../review/ImportAnswers';
import './data.css';

export type DataDialogProps = {
  /** Every client, archived ones included. */
  clients: Client[];
  /** The client shown in the calendar; null in the All clients calendar. */
  currentClientId: string | null;
  onClose: () => void;
  /** The clock (tests pass a fixed one); the export's default month is read from it. */
  now?: () => Date;
  /** Opens on this tab (a review answers file dropped on the window opens Review). */
  initialTab?: Tab;
  /** A review answers file dropped on the window, already read: the Review tab shows it. */
  dropped?: AnswersStage | null;
};

const TABS = ['export', 'import', 'review', 'backups', 'storage'] as const;
export type Tab = (typeof TABS)[number];

/**
 * Import, export and backups, in a modal dialog with three tabs. Keyboard: the arrow keys (and Home,
 * End) move between tabs; Escape closes, or cancels a running import first.
 */
export const DataDialog = ({ clients, currentClientId, onClose, now, initialTab = 'export', dropped = null }: DataDialogProps) => {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const ids = useId();
  const [tab, setTab] = useState<Tab>(initialTab);
  const cancel = useRef<(() => void) | null>(null);
  const [busy, setBusy] = useState(false);
  const tabRefs = useRef(new Map<Tab, HTMLButtonElement>());

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
  }, []);

  const setCancel = useCallback((next: (() => void) | null) => {
    cancel.current = next;
    setBusy(next !== null);
  }, []);
  const host: PanelHost = { setCancel, close: onClose };

  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = TABS.indexOf(tab);
    const next =
      event.key === 'ArrowRight' ? TABS[(index + 1) % TABS.length]
      : event.key === 'ArrowLeft' ? TABS[(index + TABS.length - 1) % TABS.length]
      : event.key === 'Home' ? TABS[0]
      : event.key === 'End' ? TABS[TABS.length - 1]
      : undefined;
    if (!next) return;
    event.preventDefault();
    setTab(next);
    tabRefs.current.get(next)?.focus();
  };

  return (
    <dialog
      ref={ref}
      className="dialog data-dialog"
      aria-labelledby={`${ids}-title`}
      onCancel={(event) => {
        event.preventDefault();
        if (cancel.current) cancel.current();
        else onClose();
      }}
      onClose={onClose}
    >
      <div className="dialog-body">
        <header className="data-head">
          <h2 id={`${ids}-title`}>{t('data.title')}</h2>
          <button type="button" className="icon-button" aria-label={t('data.close')} onClick={onClose}>
            <X size={18} aria-hidden="true" />
          </button>
        </header>
        <div className="data-tabs" role="tablist" aria-label={t('data.title')}>
          {TABS.map((name) => (
            <button
              key={name}
              ref={(el) => {
                if (el) tabRefs.current.set(name, el);
                else tabRefs.current.delete(name);
              }}
              type="button"
              role="tab"
              id={`${ids}-tab-${name}`}
              aria-selected={tab === name}
              aria-controls={`${ids}-panel-${name}`}
              tabIndex={tab === name ? 0 : -1}
              className="data-tab"
              disabled={busy && tab !== name}
              onClick={() => setTab(name)}
              onKeyDown={onTabKey}
            >
              {t(`data.tabs.${name}`)}
            </button>
          ))}
        </div>
        <div role="tabpanel" id={`${ids}-panel-${tab}`} aria-labelledby={`${ids}-tab-${tab}`} className="data-panel">
          {tab === 'export' && <ExportPanel clients={clients} currentClientId={currentClientId} now={now} />}
          {tab === 'import' && <ImportPanel clients={clients} currentClientId={currentClientId} host={host} />}
          {tab === 'review' && <ReviewPanel clients={clients} currentClientId={currentClientId} now={now ?? (() => new Date())} dropped={dropped} />}
          {tab === 'backups' && <BackupsPanel host={host} now={now} />}
          {tab === 'storage' && <StorageMeter />}
        </div>
      </div>
    </dialog>
  );
};
