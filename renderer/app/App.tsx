import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Plus } from 'lucide-react';
import { CLIENT_COLORS, type Client } from '../../shared/model/client';
import type { AppInfo } from '../../shared/bridge/contract';
import { usePost, useSettings } from '../db/hooks';
import { resolveLanguage } from '../i18n/i18n';
import { MonthView } from '../features/calendar/MonthView';
import { PlanningDnd } from '../features/planning/PlanningDnd';
import { ClientDialog } from '../features/clients/ClientDialog';
import { ClientSidebar } from '../features/clients/ClientSidebar';
import { PostEditor } from '../features/editor/PostEditor';
import { useCalendarState } from './useCalendarState';

type EditorTarget = { postId: string } | { date: string };
type ClientDialogTarget = { client: Client | null };

export const App = ({ appInfo }: { appInfo: AppInfo }) => {
  const { t, i18n } = useTranslation();
  const settings = useSettings();
  const calendar = useCalendarState();
  const [editor, setEditor] = useState<EditorTarget | null>(null);
  const [clientDialog, setClientDialog] = useState<ClientDialogTarget | null>(null);
  const editedPost = usePost(editor && 'postId' in editor ? editor.postId : null);

  const language = resolveLanguage(settings?.language ?? 'system', appInfo.locale);
  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);

  const { client } = calendar;
  if (calendar.loading) return <div className="app-loading" aria-busy="true" />;

  const openNewClient = () => setClientDialog({ client: null });
  const readOnly = client?.archived ?? false;
  // A post being edited that disappears (deleted in another window) simply closes the panel.
  const showEditor = client && editor && ('date' in editor || editedPost);

  return (
    <div className={`app ${showEditor ? 'app-with-editor' : ''}`}>
      <ClientSidebar
        clients={calendar.clients}
        activeId={client?.id ?? null}
        onSelect={(id) => {
          setEditor(null);
          calendar.selectClient(id);
        }}
        onNew={openNewClient}
        onEdit={(c) => setClientDialog({ client: c })}
      />
      <main className="main">
        {appInfo.shell === 'web' && <p className="shell-note">{t('shell.web')}</p>}
        {client ? (
          <>
            {readOnly && <p className="banner banner-info">{t('clients.archivedNotice')}</p>}
            <PlanningDnd readOnly={readOnly}>
            <MonthView
              client={client}
              month={calendar.month}
              today={calendar.today}
              readOnly={readOnly}
              onMonthChange={calendar.setMonth}
              onAddPost={(date) => setEditor({ date })}
              onEditPost={(postId) => setEditor({ postId })}
            />
            </PlanningDnd>
          </>
        ) : (
          <div className="empty-state">
            <h1>{t('clients.emptyTitle')}</h1>
            <p>{t('clients.emptyBody')}</p>
            <button type="button" className="primary-button" onClick={openNewClient}>
              <Plus size={16} aria-hidden="true" /> {t('clients.emptyAction')}
            </button>
          </div>
        )}
      </main>
      {showEditor && client && (
        <PostEditor
          key={'postId' in editor ? editor.postId : `new-${editor.date}`}
          client={client}
          post={'postId' in editor ? (editedPost ?? null) : null}
          date={'date' in editor ? editor.date : ''}
          onClose={() => setEditor(null)}
        />
      )}
      {clientDialog && (
        <ClientDialog
          client={clientDialog.client}
          suggestedColor={CLIENT_COLORS[calendar.clients.length % CLIENT_COLORS.length] ?? CLIENT_COLORS[0]}
          onClose={() => setClientDialog(null)}
          onCreated={(c) => calendar.selectClient(c.id)}
        />
      )}
    </div>
  );
};
