import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CalendarDays, ChevronRight, DatabaseBackup, Layers, Pencil, Plus } from 'lucide-react';
import { ALL_CLIENTS } from '../../db/hooks';
import type { Client } from '../../../shared/model/client';
import { LanguagePicker } from '../settings/LanguagePicker';

type Props = {
  clients: Client[];
  activeId: string | null;
  onSelect: (id: string) => void;
  onNew: () => void;
  onEdit: (client: Client) => void;
  onData: () => void;
};

/** The client switcher: one calendar per client, archived ones tucked away below. */
export const ClientSidebar = memo(function ClientSidebar({ clients, activeId, onSelect, onNew, onEdit, onData }: Props) {
  const { t } = useTranslation();
  const active = clients.filter((c) => !c.archived);
  const archived = clients.filter((c) => c.archived);
  const [showArchived, setShowArchived] = useState(() => archived.some((c) => c.id === activeId));

  const item = (client: Client) => (
    <li key={client.id} className={`client-item ${client.id === activeId ? 'client-active' : ''}`}>
      <button
        type="button"
        className="client-select"
        aria-current={client.id === activeId ? 'true' : undefined}
        onClick={() => onSelect(client.id)}
      >
        <span className="client-dot" style={{ backgroundColor: client.color }} aria-hidden="true" />
        <span className="client-name">{client.name}</span>
      </button>
      <button
        type="button"
        className="icon-button client-edit"
        aria-label={t('clients.options', { name: client.name })}
        title={t('clients.options', { name: client.name })}
        onClick={() => onEdit(client)}
      >
        <Pencil size={14} aria-hidden="true" />
      </button>
    </li>
  );

  return (
    <nav className="sidebar" aria-label={t('clients.heading')}>
      <div className="brand">
        <CalendarDays size={20} aria-hidden="true" />
        <span className="brand-name">{t('app.name')}</span>
        <span className="brand-tagline">{t('app.tagline')}</span>
      </div>
      <div className="sidebar-section">
        <h2 className="sidebar-heading">{t('clients.heading')}</h2>
        <button type="button" className="icon-button" aria-label={t('clients.new')} title={t('clients.new')} onClick={onNew}>
          <Plus size={16} aria-hidden="true" />
        </button>
      </div>
      <ul className="client-list">
        {active.length > 1 && (
          <li className={`client-item ${activeId === ALL_CLIENTS ? 'client-active' : ''}`}>
            <button
              type="button"
              className="client-select"
              aria-current={activeId === ALL_CLIENTS ? 'true' : undefined}
              onClick={() => onSelect(ALL_CLIENTS)}
            >
              <Layers size={14} aria-hidden="true" className="client-all-icon" />
              <span className="client-name">{t('allClients.label')}</span>
            </button>
          </li>
        )}
        {active.map(item)}
      </ul>
      {archived.length > 0 && (
        <>
          <button
            type="button"
            className="archived-toggle"
            aria-expanded={showArchived}
            onClick={() => setShowArchived((v) => !v)}
          >
            <ChevronRight size={14} aria-hidden="true" className={showArchived ? 'rotated' : ''} />
            {t('clients.archived')} ({archived.length})
          </button>
          {showArchived && <ul className="client-list client-list-archived">{archived.map(item)}</ul>}
        </>
      )}
      <div className="sidebar-foot">
        <button type="button" className="ghost-button sidebar-data" onClick={onData}>
          <DatabaseBackup size={15} aria-hidden="true" /> {t('dataButton')}
        </button>
        <LanguagePicker />
      </div>
    </nav>
  );
});
