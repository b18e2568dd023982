import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Lightbulb, Plus, Rows4, ShieldCheck, Sparkles } from 'lucide-react';
import { CLIENT_COLORS, type Client } from '../../shared/model/client';
import type { AppInfo } from '../../shared/bridge/contract';
import { channelChoices, compileFilter, EMPTY_FILTER, pillarChoices, pillarIndexOf, withinChannels, withinPillars, type PostFilter } from '../../shared/filters';
import { monthOf } from '../../shared/dates';
import { ALL_CLIENTS, useAllSnapshots, useBacklog, usePost, usePostsInRange, useSettings } from '../db/hooks';
import { Backlog } from '../features/backlog/Backlog';
import { compareIdeas } from '../features/backlog/ordering';
import { resolveLanguage } from '../i18n/i18n';
import { CalendarToolbar } from '../features/calendar/CalendarToolbar';
import { CalendarBody } from './CalendarBody';
import { GridView } from '../features/grid/GridView';
import { flashCard } from '../features/calendar/flashCard';
import { stepAnchor } from '../features/calendar/periods';
import { ClientDialog } from '../features/clients/ClientDialog';
import { ClientSidebar } from '../features/clients/ClientSidebar';
import { PostEditor } from '../features/editor/PostEditor';
import { useGuardedEditor } from '../features/editor/leaveGate';
import { FilterBanner } from '../features/filters/FilterBanner';
import { FilterMenu } from '../features/filters/FilterMenu';
import { SearchBox } from '../features/filters/SearchBox';
import { PillarIndexContext } from '../features/filters/pillarIndex';
import { PlanningDnd } from '../features/planning/PlanningDnd';
import { ShortcutHelp } from '../features/shortcuts/ShortcutHelp';
import { useShortcuts } from '../features/shortcuts/useShortcuts';
import { PostMenu } from '../features/postMenu/PostMenu';
import { PostMenuContext, type PostMenuApi } from '../features/calendar/PostMenuContext';
import type { Post } from '../../shared/model/post';
import { WeekActions } from '../features/bulk/WeekActions';
import { GuardContext, type GuardData } from '../features/guard/GuardContext';
import { GuardPanel } from '../features/guard/GuardPanel';
import { RulesDialog } from '../features/guard/RulesDialog';
import { useAutoBackup } from '../features/data/useAutoBackup';
import { useGuard } from '../features/guard/useGuard';
import { useCalendarState } from './useCalendarState';
import { PlanGhostsProvider } from '../features/plan/PlanContext';
import { PlanPanel } from '../features/plan/PlanPanel';
import { usePlanning } from '../features/plan/usePlanSession';
import { planRange } from './planRange';
import { FormatSprite } from '../ui/icons';
import { UpNextButton, UpNextDialog } from '../features/upNext/UpNextDialog';
import { useUpNext } from '../features/upNext/useUpNext';
import { useAnswersDrop } from '../features/review/useAnswersDrop';
import type { AnswersStage } from '../features/review/ImportAnswers';
import { useDb } from '../db/hooks';

// PERF: the insights (charts: recharts and d3) and the data dialog (ICS, CSV, backups) are about a
// third of the code, and nothing in them is needed to draw the calendar: each is loaded when first
// opened (a local file: a few milliseconds), not read and run at every start.
const InsightsView = lazy(() => import('../features/insights/InsightsView').then((m) => ({ default: m.InsightsView })));
const DataDialog = lazy(() => import('../features/data/DataDialog').then((m) => ({ default: m.DataDialog })));

const NO_PERIODS: readonly { from: string; to: string }[] = [];

// suggestQuestion: opened by the guard's "Turn into a question" (a question appended to the caption, unsaved).
type EditorTarget = { postId: string; suggestQuestion?: boolean } | { date: string; time: string | null };
/** The editor's React key: another key remounts it, so setting one asks an editor with unsaved changes first. */
const editorKeyOf = (e: EditorTarget) => ('postId' in e ? `${e.postId}${e.suggestQuestion ? ':question' : ''}` : `new-${e.date}-${e.time}`);
type ClientDialogTarget = { client: Client | null; section?: 'rhythm' };

export const App = ({ appInfo }: { appInfo: AppInfo }) => {
  const { t, i18n } = useTranslation();
  const settings = useSettings();
  const calendar = useCalendarState();
  // Every setEditor goes through the leave gate (see leaveGate.ts); the editor closes itself with setEditorNow.
  const { target: editor, set: setEditor, setNow: setEditorNow, gate: leaveGate } = useGuardedEditor<EditorTarget>(editorKeyOf);
  const [clientDialog, setClientDialog] = useState<ClientDialogTarget | null>(null);
  const [filter, setFilter] = useState<PostFilter>(EMPTY_FILTER);
  const [helpOpen, setHelpOpen] = useState(false);
  const [rulesOpen, setRulesOpen] = useState(false);
  const [dataOpen, setDataOpen] = useState(false);
  // A review answers file dropped on the window opens the data dialog's Review tab with it read.
  const [dropped, setDropped] = useState<{ stage: AnswersStage; n: number } | null>(null);
  useAnswersDrop(useDb(), (stage) => {
    setDropped((last) => ({ stage, n: (last?.n ?? 0) + 1 }));
    setDataOpen(true);
  });
  const { panels, setPanel } = calendar;
  const togglePanel = (which: keyof typeof panels) => setPanel(which, !panels[which]);
  const [ideasFromKeyboard, setIdeasFromKeyboard] = useState(false);
  const [menu, setMenu] = useState<{ post: Post; anchor: DOMRect } | null>(null);
  const [planOpen, setPlanOpen] = useState(false);
  // Stable, so memoised days, slots and rows do not all re-render on every App render.
  const onAddPost = useCallback((date: string, time?: string | null) => setEditor({ date, time: time ?? null }), [setEditor]);
  const onEditPost = useCallback((postId: string) => setEditor({ postId }), [setEditor]);
  const menuApi = useMemo<PostMenuApi>(() => ({ open: (post, anchor) => setMenu({ post, anchor }) }), []);
  const searchRef = useRef<HTMLInputElement>(null);
  const editorPostId = editor && 'postId' in editor ? editor.postId : null;
  const editedPost = usePost(editorPostId);
  // The edited post as the editor opened it. The editor follows the stored post itself and stays open
  // when another window deletes it (it keeps the typed text and offers to save it as a new post).
  const [openedPost, setOpenedPost] = useState<Post | null>(null);
  if (editedPost && editedPost.id === editorPostId && openedPost?.id !== editorPostId) setOpenedPost(editedPost);
  if (!editorPostId && openedPost) setOpenedPost(null);
  const editorPost = openedPost && openedPost.id === editorPostId ? openedPost : null;
  const { client, allClients, period, clients } = calendar;
  const clientKey = allClients ? ALL_CLIENTS : (client?.id ?? null);
  const range = usePostsInRange(clientKey, period.from, period.to);
  const rawIdeas = useBacklog(allClients ? null : (client?.id ?? null));
  const ideas = useMemo(() => [...(rawIdeas ?? [])].sort(compareIdeas), [rawIdeas]);
  const guard = useGuard(allClients ? null : client, period.from, period.to, calendar.today, calendar.insights ? NO_PERIODS : calendar.neighbours);
  const planning = usePlanning(allClients || client?.archived ? null : client, planOpen);
  const snapshots = useAllSnapshots();
  const guardData = useMemo<GuardData | null>(
    () => (guard ? { streaks: guard.streaks, weeks: new Map(guard.weeks.map((w) => [w.start, w])), rules: guard.rules } : null),
    [guard],
  );
  const jumpTo = (post: Post) => {
    if (post.date) calendar.setAnchor(post.date);
    // The card exists once the period has rendered: look for it over a few frames, then focus it.
    let tries = 0;
    const find = () => {
      const el = document.querySelector<HTMLElement>(`.main [data-post-id="${post.id}"]`);
      if (el) {
        el.focus();
        flashCard(el, post.id);
      } else if (tries++ < 30) requestAnimationFrame(find);
    };
    requestAnimationFrame(find);
  };

  const language = resolveLanguage(settings?.language ?? 'system', appInfo.locale);
  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);

  // The channel filter offers the calendar's channels only; a chosen channel the client no longer has is dropped.
  const filterChannels = useMemo(() => channelChoices(allClients ? clients : client ? [client] : []), [allClients, clients, client]);
  // Pillars likewise (by name, so a choice holds across clients that share it); the index names every post's pillar.
  const filterPillars = useMemo(() => pillarChoices(allClients ? clients : client ? [client] : []), [allClients, clients, client]);
  const pillarIndex = useMemo(() => pillarIndexOf(clients), [clients]);
  const scopedFilter = withinPillars(withinChannels(filter, filterChannels), filterPillars);
  if (scopedFilter !== filter && (client || allClients)) setFilter(scopedFilter);
  const posts = useMemo(() => (range?.posts ?? []).filter(compileFilter(filter, pillarIndex)), [range, filter, pillarIndex]);
  const count = useMemo(
    () => (period.view === 'month' ? posts.filter((p) => p.date && monthOf(p.date) === monthOf(period.anchor)).length : posts.length),
    [posts, period],
  );
  const tags = useMemo(() => [...new Set([...(range?.posts ?? []).flatMap((p) => p.tags), ...filter.tags])].sort(), [range, filter.tags]);

  const hasCalendar = client !== null || allClients;
  const readOnly = client?.archived ?? false;
  const newPostDay = period.view === 'month' && monthOf(calendar.today) !== monthOf(period.anchor) ? `${monthOf(period.anchor)}-01` : calendar.today;
  const step = (direction: -1 | 1) => calendar.setAnchor(stepAnchor(period.view, period.anchor, direction, calendar.agendaSpan));

  // A backup of the whole database at start and every hour while something changed.
  useAutoBackup();

  // Up next and the reminders (issue 16): a reminder's click opens its post, at its day.
  const { setAnchor } = calendar;
  const openPost = useCallback((post: Post) => {
    if (post.date) setAnchor(post.date);
    setEditor({ postId: post.id });
  }, [setAnchor, setEditor]);
  const upNext = useUpNext({ clients, today: calendar.today, clientId: allClients ? null : (client?.id ?? null), onOpenPost: openPost });

  useShortcuts({
    help: () => setHelpOpen(true),
    ...(hasCalendar && {
      today: () => calendar.setAnchor(calendar.today),
      next: () => step(1),
      previous: () => step(-1),
      month: () => calendar.setView('month'),
      week: () => calendar.setView('week'),
      agenda: () => calendar.setView('agenda'),
      grid: () => calendar.setView('grid'),
      search: () => searchRef.current?.focus(),
      backlog: () => {
        setIdeasFromKeyboard(!panels.ideas);
        togglePanel('ideas');
      },
      guard: () => togglePanel('guard'),
      ...(!readOnly && { newPost: () => setEditor({ date: newPostDay, time: null }) }),
      ...(!readOnly && client && { plan: () => setPlanOpen(!planOpen) }),
    }),
  });

  // Stable, so the memoised sidebar does not redraw on every month switch (PERF).
  const { selectClient } = calendar;
  const onSelectClient = useCallback(
    (id: string) =>
      leaveGate.request(() => {
        setEditorNow(null);
        selectClient(id);
      }),
    [selectClient, leaveGate, setEditorNow],
  );
  const openNewClient = useCallback(() => setClientDialog({ client: null }), []);
  const onEditClient = useCallback((c: Client) => setClientDialog({ client: c }), []);
  const onOpenData = useCallback(() => setDataOpen(true), []);

  if (calendar.loading) return <div className="app-loading" aria-busy="true" />;

  // The client a post belongs to: the one shown, or in All clients the post's own.
  const editorClient = editorPost ? (clients.find((c) => c.id === editorPost.clientId) ?? null) : client;
  const showEditor = editor && ('date' in editor || editorPost);

  return (
    <PostMenuContext.Provider value={menuApi}>
    <PillarIndexContext.Provider value={pillarIndex}>
    <div className={`app ${showEditor ? 'app-with-editor' : ''}`}>
      <FormatSprite />
      <ClientSidebar
        clients={clients}
        activeId={allClients ? ALL_CLIENTS : (client?.id ?? null)}
        onSelect={onSelectClient}
        onNew={openNewClient}
        onEdit={onEditClient}
        onData={onOpenData}
      />
      <main className="main">
        {appInfo.shell === 'web' && <p className="shell-note">{t('shell.web')}</p>}
        {hasCalendar ? (
          <section className="month" aria-label={t(`views.${calendar.grid ? 'grid' : period.view}`)}>
            <CalendarToolbar
              period={period}
              agendaSpan={calendar.agendaSpan}
              count={count}
              readOnly={readOnly}
              onStep={step}
              onToday={() => calendar.setAnchor(calendar.today)}
              onView={calendar.setView}
              onAgendaSpan={calendar.setAgendaSpan}
              onNewPost={() => setEditor({ date: newPostDay, time: null })}
              insights={calendar.insights}
              grid={calendar.grid}
            >
              <SearchBox
                clientKey={clientKey}
                inputRef={searchRef}
                value={filter.text}
                onChange={(text) => setFilter((f) => ({ ...f, text }))}
                onPick={(post) => {
                  if (post.date) calendar.setAnchor(post.date);
                  setEditor({ postId: post.id });
                }}
              />
              <FilterMenu filter={filter} channels={filterChannels} tags={tags} pillars={filterPillars} onChange={setFilter} />
              {period.view === 'month' && !calendar.grid && (
                <button
                  type="button"
                  className={`icon-button density-toggle ${calendar.density === 'compact' ? 'button-active' : ''}`}
                  aria-pressed={calendar.density === 'compact'}
                  aria-label={t('month.compact')}
                  title={t('month.compact')}
                  onClick={() => calendar.setDensity(calendar.density === 'compact' ? 'comfortable' : 'compact')}
                >
                  <Rows4 size={16} aria-hidden="true" />
                </button>
              )}
              {period.view === 'week' && !readOnly && (
                <WeekActions posts={range?.posts ?? []} from={period.from} weekStartsOn={client?.weekStartsOn ?? clients[0]?.weekStartsOn ?? 1} onGoTo={calendar.setAnchor} />
              )}
              <UpNextButton upNext={upNext} />
              {client && (
                <>
                  <button type="button" className={`button ${panels.guard ? 'button-active' : ''}`} aria-pressed={panels.guard} onClick={() => togglePanel('guard')}>
                    <ShieldCheck size={15} aria-hidden="true" /> {t('guard.panelButton')} ({guard?.warnings.length ?? 0})
                  </button>
                  <button
                    type="button"
                    className={`button ${panels.ideas ? 'button-active' : ''}`}
                    aria-pressed={panels.ideas}
                    onClick={() => {
                      setIdeasFromKeyboard(false);
                      togglePanel('ideas');
                    }}
                  >
                    <Lightbulb size={15} aria-hidden="true" /> {t('backlog.show')} ({ideas.length})
                  </button>
                  {!readOnly && (
                    <button type="button" className={`button ${planOpen ? 'button-active' : ''}`} aria-pressed={planOpen} title={t('plan.buttonTitle')} onClick={() => setPlanOpen(!planOpen)}>
                      <Sparkles size={15} aria-hidden="true" /> {t('plan.button')}
                    </button>
                  )}
                </>
              )}
            </CalendarToolbar>
            {calendar.insights && client && (
              <Suspense fallback={null}>
                <InsightsView client={client} onClose={() => calendar.setView('month')} />
              </Suspense>
            )}
            {calendar.insights && !client && <p className="banner banner-info">{t('guard.allClients')}</p>}
            {!calendar.insights && (
            <>
            {readOnly && <p className="banner banner-info">{t('clients.archivedNotice')}</p>}
            <FilterBanner filter={filter} pillars={filterPillars} onChange={setFilter} />
            {range && range.unreadable > 0 && (
              <p className="banner banner-warning" role="status">
                {t('month.unreadable', { count: range.unreadable })}
              </p>
            )}
            <GuardContext.Provider value={guardData}>
            <PlanningDnd readOnly={readOnly} clients={clients} backlog={ideas}>
              <div className="calendar-area">
              {calendar.grid && client && <GridView client={client} filter={filter} today={calendar.today} readOnly={readOnly} onEditPost={onEditPost} />}
              {calendar.grid && !client && <p className="banner banner-info">{t('grid.chooseClient')}</p>}
              {!calendar.grid && (
              <PlanGhostsProvider value={planning.ghosts}>
              <CalendarBody
                client={client}
                clients={clients}
                period={period}
                posts={posts}
                today={calendar.today}
                weekStartsOn={client?.weekStartsOn ?? clients[0]?.weekStartsOn ?? 1}
                readOnly={readOnly}
                density={calendar.density}
                onAddPost={onAddPost}
                onEditPost={onEditPost}
                onGoTo={calendar.setAnchor}
              />
              </PlanGhostsProvider>
              )}
              {client && (panels.ideas || planOpen || (panels.guard && guard)) && (
              <div className="side-panels">
              {planOpen && planning.posts && (
                <PlanPanel
                  client={client}
                  posts={planning.posts}
                  snapshots={snapshots ?? []}
                  today={calendar.today}
                  {...planRange(period.anchor, calendar.today)}
                  session={planning.session}
                  pending={planning.pending}
                  onSession={planning.setSession}
                  onReject={planning.reject}
                  onRestore={planning.restore}
                  selected={planning.selected}
                  onGoTo={calendar.setAnchor}
                  onEditClient={() => setClientDialog({ client, section: 'rhythm' })}
                  onClose={() => setPlanOpen(false)}
                />
              )}
              {/* While planning, the plan and the guard share the column; the ideas wait. */}
              {panels.ideas && !planOpen && (
                <Backlog client={client} ideas={ideas} readOnly={readOnly} onOpen={(postId) => setEditor({ postId })} onClose={() => setPanel('ideas', false)} focusOnOpen={ideasFromKeyboard} />
              )}
              {panels.guard && guard && (
                <GuardPanel
                  warnings={guard.warnings}
                  posts={guard.posts}
                  readOnly={readOnly}
                  onJump={jumpTo}
                  onEdit={(postId, options) => setEditor({ postId, ...options })}
                  onClose={() => setPanel('guard', false)}
                  onRules={() => setRulesOpen(true)}
                  pillars={guard.pillars}
                  rules={guard.rules}
                  month={monthOf(period.anchor)}
                />
              )}
              </div>
              )}
              </div>
            </PlanningDnd>
            </GuardContext.Provider>
            </>
            )}
          </section>
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
      {showEditor && (
        <PostEditor
          key={editorKeyOf(editor)}
          client={editorClient}
          clients={clients.filter((c) => !c.archived)}
          post={'postId' in editor ? editorPost : null}
          date={'date' in editor ? editor.date : ''}
          time={'date' in editor ? editor.time : null}
          onClose={() => setEditorNow(null)}
          leaveGate={leaveGate}
          suggestQuestion={'postId' in editor && editor.suggestQuestion === true}
        />
      )}
      {upNext.open && <UpNextDialog upNext={upNext} clients={clients} today={calendar.today} onOpenPost={openPost} />}
      {helpOpen && <ShortcutHelp onClose={() => setHelpOpen(false)} />}
      {rulesOpen && client && <RulesDialog client={client} onClose={() => setRulesOpen(false)} />}
      {dataOpen && (
        <Suspense fallback={null}>
          <DataDialog
            key={dropped ? `dropped-${dropped.n}` : 'menu'}
            clients={clients}
            currentClientId={client?.id ?? null}
            initialTab={dropped ? 'review' : 'export'}
            dropped={dropped?.stage ?? null}
            onClose={() => {
              setDataOpen(false);
              setDropped(null);
            }}
          />
        </Suspense>
      )}
      {menu && (
        <PostMenu
          post={menu.post}
          anchor={menu.anchor}
          backlog={ideas}
          readOnly={clients.find((c) => c.id === menu.post.clientId)?.archived ?? false}
          onEdit={(postId) => setEditor({ postId })}
          onClose={() => setMenu(null)}
        />
      )}
      {clientDialog && (
        <ClientDialog
          client={clientDialog.client}
          suggestedColor={CLIENT_COLORS[clients.length % CLIENT_COLORS.length] ?? CLIENT_COLORS[0]}
          onClose={() => setClientDialog(null)}
          onCreated={(c) => calendar.selectClient(c.id)}
          section={clientDialog.section}
        />
      )}
    </div>
    </PillarIndexContext.Provider>
    </PostMenuContext.Provider>
  );
};
