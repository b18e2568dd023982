import { useState } from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { Client } from '../../../shared/model/client';
import type { Post, PostInputDraft } from '../../../shared/model/post';
import { suggestedQuestion } from '../../../shared/analysis/questionSuggestions';
import { createClient } from '../../../renderer/db/clients';
import { createDb, openDb, type CadenceDb } from '../../../renderer/db/database';
import { DbProvider, usePost } from '../../../renderer/db/hooks';
import { createPost } from '../../../renderer/db/posts';
import { PostEditor } from '../../../renderer/features/editor/PostEditor';
import { GuardPanel } from '../../../renderer/features/guard/GuardPanel';
import { useGuard } from '../../../renderer/features/guard/useGuard';
import { HistoryProvider } from '../../../renderer/features/history/History';
import { ToastProvider } from '../../../renderer/features/toasts/Toasts';
import { createI18n, type UiLanguage } from '../../../renderer/i18n/i18n';

/**
 * "Turn into a question" writes nothing: it opens the editor with a question suggested at the end of
 * the caption, selected. The warning goes only when the SAVED caption is detected as inviting.
 * The harness wires the real guard hook, panel and editor as App does.
 */

const TODAY = '2026-11-24';
// The week of Monday 30 November: one carousel, informative, not inviting.
const WEEK = { from: '2026-11-30', to: '2026-12-06' };
const CAPTION = 'Five ways to keep your sourdough starter alive through winter.';

let db: CadenceDb;
afterEach(() => db.close());

type Target = { postId: string; suggestQuestion?: boolean };

const Harness = ({ client }: { client: Client }) => {
  const guard = useGuard(client, WEEK.from, WEEK.to, TODAY);
  const [editor, setEditor] = useState<Target | null>(null);
  const live = usePost(editor?.postId ?? null);
  // As App does: the editor gets the post as it was when it opened.
  const [opened, setOpened] = useState<Post | null>(null);
  if (live && live.id === editor?.postId && opened?.id !== live.id) setOpened(live);
  if (!editor && opened) setOpened(null);
  return (
    <>
      {guard && (
        <GuardPanel
          warnings={guard.warnings}
          posts={guard.posts}
          readOnly={false}
          onJump={() => undefined}
          onEdit={(postId, options) => setEditor({ postId, ...options })}
          onClose={() => undefined}
          onRules={() => undefined}
        />
      )}
      {editor && opened && (
        <PostEditor
          key={`${editor.postId}${editor.suggestQuestion ? ':q' : ''}`}
          client={client}
          clients={[client]}
          post={opened}
          date=""
          time={null}
          onClose={() => setEditor(null)}
          suggestQuestion={editor.suggestQuestion === true}
        />
      )}
    </>
  );
};

const setUp = async (options: { language?: 'en' | 'fr'; ui?: UiLanguage; post?: Partial<PostInputDraft> } = {}) => {
  db = createDb();
  await openDb(db);
  const client = await createClient(db, {
    name: 'Bloom Bakery',
    color: '#4f46e5',
    channels: ['instagram'],
    timeZone: 'Europe/Paris',
    weekStartsOn: 1,
    language: options.language ?? 'en',
  });
  const post = await createPost(db, {
    clientId: client.id,
    title: 'Starter care',
    caption: CAPTION,
    date: '2026-12-01',
    time: '10:00',
    channel: 'instagram',
    format: 'carousel',
    tone: 'serious',
    intent: 'informative',
    invitesParticipation: false,
    intentSource: 'auto',
    participationSource: 'auto',
    status: 'draft',
    tags: [],
    notes: '',
    ...options.post,
  });
  const i18n = await createI18n(options.ui ?? 'en');
  render(
    <I18nextProvider i18n={i18n}>
      <DbProvider db={db}>
        <ToastProvider>
          <HistoryProvider>
            <Harness client={client} />
          </HistoryProvider>
        </ToastProvider>
      </DbProvider>
    </I18nextProvider>,
  );
  return { client, post };
};

const silentWeek = () => document.querySelector('[data-rule="no-participation-week"]');
const captionBox = () => screen.getByLabelText(/^(Caption|Légende)$/) as HTMLTextAreaElement;

const openWithQuestion = async (user: ReturnType<typeof userEvent.setup>, name = 'Turn into a question') => {
  await waitFor(() => expect(silentWeek()).not.toBeNull());
  await user.click(within(silentWeek() as HTMLElement).getByRole('button', { name }));
  return await screen.findByRole('complementary', { name: /Edit post|Modifier la publication/ });
};

describe('"Turn into a question"', () => {
  it('opens the editor with the caption and a suggested question, selected, storing nothing', async () => {
    const user = userEvent.setup();
    const { post } = await setUp();
    const before = await db.posts.get(post.id);
    await openWithQuestion(user);

    const question = 'Which slide is your favourite? Tell us in the comments.';
    const box = captionBox();
    expect(box.value).toBe(`${CAPTION}\n\n${question}`);
    // The editor opens from a database read, outside any user event, so React runs its focus effect
    // in a task of its own: the panel can be on screen a moment before focus lands (seen under CI load).
    await waitFor(() => expect(box).toHaveFocus());
    expect(box.value.slice(box.selectionStart, box.selectionEnd)).toBe(question);
    expect(box).toHaveAccessibleDescription(/A question for your audience was added at the end/);
    // The editor already reads the question: detected, not set by hand.
    expect(screen.getByRole('checkbox', { name: /Invites the audience/ })).toBeChecked();
    expect(screen.getByText('Detected from the caption')).toBeInTheDocument();

    // Nothing stored, and the guard still warns, until the user saves.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await db.posts.get(post.id)).toEqual(before);
    expect(silentWeek()).not.toBeNull();
  });

  it('saved with the question: the post invites by detection and the warning is gone', async () => {
    const user = userEvent.setup();
    const { post } = await setUp();
    await openWithQuestion(user);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('complementary', { name: 'Edit post' })).toBeNull());
    const saved = await db.posts.get(post.id);
    expect(saved).toMatchObject({ invitesParticipation: true, participationSource: 'auto', format: 'carousel', date: '2026-12-01' });
    expect(saved?.caption).toBe(`${CAPTION}\n\nWhich slide is your favourite? Tell us in the comments.`);
    await waitFor(() => expect(silentWeek()).toBeNull());
  });

  it('saved after deleting the question: not inviting, and the warning stays', async () => {
    const user = userEvent.setup();
    // An older row: "not inviting" stored as the user's (the default before detection existed).
    const { post } = await setUp({ post: { participationSource: 'user' } });
    await openWithQuestion(user);
    // The question is selected: one key deletes it.
    await user.keyboard('{Backspace}');
    expect(captionBox().value).toBe(`${CAPTION}\n\n`);
    expect(screen.getByRole('checkbox', { name: /Invites the audience/ })).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('complementary', { name: 'Edit post' })).toBeNull());
    const saved = await db.posts.get(post.id);
    expect(saved).toMatchObject({ invitesParticipation: false, participationSource: 'auto' });
    expect(saved?.caption.trim()).toBe(CAPTION);
    // The guard re-reads the saved post: the week is still silent.
    await waitFor(() => expect(silentWeek()).not.toBeNull());
    expect(within(silentWeek() as HTMLElement).getByRole('button', { name: 'Turn into a question' })).toBeInTheDocument();
  });

  it('suggests in the client’s language, whatever the interface’s', async () => {
    const user = userEvent.setup();
    await setUp({ language: 'fr', post: { format: 'testimonial', caption: 'Marie nous raconte son premier atelier pain.' } });
    await openWithQuestion(user);
    const box = captionBox();
    const question = suggestedQuestion({ format: 'testimonial', language: 'fr', brand: 'Bloom Bakery' });
    expect(question).toBe('Et vous, quelle est votre histoire avec Bloom Bakery\u00a0? Racontez-nous tout en commentaire\u00a0!');
    expect(box.value.slice(box.selectionStart, box.selectionEnd)).toBe(question);
  });

  it('in the French interface', async () => {
    const user = userEvent.setup();
    await setUp({ language: 'fr', ui: 'fr' });
    await openWithQuestion(user, 'En faire une question');
    const box = captionBox();
    expect(box.value.slice(box.selectionStart, box.selectionEnd)).toBe('Quelle est votre slide préférée\u00a0? Dites-le-nous en commentaire.');
    expect(screen.getByText('Détecté dans la légende')).toBeInTheDocument();
  });
});

describe('participation set by hand', () => {
  it('is shown as such next to the checkbox, with a way back to detection', async () => {
    const user = userEvent.setup();
    const { post } = await setUp({ post: { invitesParticipation: true, participationSource: 'user' } });
    const stored = (await db.posts.get(post.id))!;
    const i18n = await createI18n('en');
    const client = (await db.clients.get(stored.clientId))!;
    const closed: number[] = [];
    render(
      <I18nextProvider i18n={i18n}>
        <DbProvider db={db}>
          <ToastProvider>
            <HistoryProvider>
              <PostEditor client={client} clients={[client]} post={stored} date="" time={null} onClose={() => closed.push(1)} />
            </HistoryProvider>
          </ToastProvider>
        </DbProvider>
      </I18nextProvider>,
    );
    const box = screen.getByRole('checkbox', { name: /Invites the audience/ });
    expect(box).toBeChecked();
    expect(box).toHaveAccessibleDescription('Set by hand Back to detected');
    await user.click(screen.getByRole('button', { name: 'Back to detected' }));
    // The caption asks nothing: detection says no, and says it is detection.
    expect(box).not.toBeChecked();
    expect(box).toHaveAccessibleDescription('Detected from the caption');
    await user.click(box);
    expect(box).toBeChecked();
    expect(screen.getByText('Set by hand')).toBeInTheDocument();
  });
});
