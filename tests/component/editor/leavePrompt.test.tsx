import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Client } from '../../../shared/model/client';
import type { Post } from '../../../shared/model/post';
import { createClient } from '../../../renderer/db/clients';
import { createDb, openDb, type CadenceDb } from '../../../renderer/db/database';
import { DbProvider } from '../../../renderer/db/hooks';
import { createPost } from '../../../renderer/db/posts';
import { PostEditor } from '../../../renderer/features/editor/PostEditor';
import { createLeaveGate, type LeaveGate } from '../../../renderer/features/editor/leaveGate';
import { ToastProvider } from '../../../renderer/features/toasts/Toasts';
import { HistoryProvider } from '../../../renderer/features/history/History';
import { createI18n, type UiLanguage } from '../../../renderer/i18n/i18n';

// jsdom has <dialog> but neither showModal nor close.
beforeAll(() => {
  HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

let db: CadenceDb;
let client: Client;

beforeEach(async () => {
  db = createDb();
  await openDb(db);
  client = await createClient(db, {
    name: 'Bloom',
    color: '#4f46e5',
    channels: ['instagram', 'linkedin'],
    timeZone: 'Europe/Paris',
    weekStartsOn: 1,
    language: 'en',
  });
});
afterEach(() => db.close());

const stored = (over: Partial<Post> = {}) =>
  createPost(db, {
    clientId: client.id,
    title: 'Old title',
    caption: 'Fresh bread at 7.',
    date: '2026-11-03',
    time: null,
    channel: 'instagram',
    format: 'image',
    tone: 'serious',
    intent: 'informative',
    invitesParticipation: false,
    status: 'draft',
    tags: [],
    notes: '',
    ...over,
  });

const renderEditor = async (options: { post?: Post | null; language?: UiLanguage } = {}) => {
  const i18n = await createI18n(options.language ?? 'en');
  const gate: LeaveGate = createLeaveGate();
  const onClose = vi.fn();
  render(
    <I18nextProvider i18n={i18n}>
      <DbProvider db={db}>
        <ToastProvider>
          <HistoryProvider>
            <PostEditor client={client} clients={[client]} post={options.post ?? null} date="2026-11-10" time={null} onClose={onClose} leaveGate={gate} />
          </HistoryProvider>
        </ToastProvider>
      </DbProvider>
    </I18nextProvider>,
  );
  return { gate, onClose };
};

const prompt = () => screen.queryByRole('alertdialog', { name: 'Save your changes?' });
/** A button of the question (the editor has its own Save behind it). */
const choice = async (name: string) => within(await screen.findByRole('alertdialog')).getByRole('button', { name });

describe('leaving an editor', () => {
  it('closes at once with no changes: Escape, the close button, or another post opening', async () => {
    const user = userEvent.setup();
    const post = await stored();
    const { gate, onClose } = await renderEditor({ post });
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Close editor' }));
    expect(onClose).toHaveBeenCalledTimes(2);
    const go = vi.fn();
    gate.request(go);
    expect(go).toHaveBeenCalledTimes(1);
    expect(prompt()).toBeNull();
  });

  it('asks on Escape with changes; Keep editing keeps the text, the editor and the place in the form', async () => {
    const user = userEvent.setup();
    const { onClose } = await renderEditor({ post: await stored() });
    const caption = screen.getByLabelText('Caption');
    await user.click(caption);
    await user.type(caption, ' Still warm.');
    await user.keyboard('{Escape}');
    const dialog = prompt();
    expect(dialog).not.toBeNull();
    expect(dialog).toHaveAccessibleDescription('This post has changes that are not saved yet. Save them, discard them, or go back to editing.');
    // Save has the focus: Enter keeps the work.
    expect(await choice('Save')).toHaveFocus();
    await user.click(await choice('Keep editing'));
    expect(prompt()).toBeNull();
    expect(onClose).not.toHaveBeenCalled();
    expect(caption).toHaveValue('Fresh bread at 7. Still warm.');
    expect(caption).toHaveFocus();
  });

  it('Escape in the question is Keep editing, not a second Escape to the editor', async () => {
    const user = userEvent.setup();
    const { onClose } = await renderEditor({ post: await stored() });
    await user.type(screen.getByLabelText('Title'), '!');
    await user.keyboard('{Escape}');
    expect(prompt()).not.toBeNull();
    await user.keyboard('{Escape}');
    expect(prompt()).toBeNull();
    expect(onClose).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Title')).toHaveValue('Old title!');
  });

  it('Discard closes without writing', async () => {
    const user = userEvent.setup();
    const post = await stored();
    const { onClose } = await renderEditor({ post });
    await user.type(screen.getByLabelText('Title'), ' (draft 2)');
    await user.click(screen.getByRole('button', { name: 'Close editor' }));
    await user.click(await choice('Discard'));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect((await db.posts.get(post.id))?.title).toBe('Old title');
  });

  it('Save writes, then closes', async () => {
    const user = userEvent.setup();
    const post = await stored();
    const { onClose } = await renderEditor({ post });
    await user.type(screen.getByLabelText('Title'), ', new');
    await user.keyboard('{Escape}');
    await user.click(await choice('Save'));
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect((await db.posts.get(post.id))?.title).toBe('Old title, new');
  });

  it('another post, day or client asks through the gate: Save saves then goes, Discard goes, Keep editing stays', async () => {
    const user = userEvent.setup();
    const post = await stored();
    const { gate, onClose } = await renderEditor({ post });
    await user.type(screen.getByLabelText('Title'), ' A');

    const kept = vi.fn();
    gate.request(kept);
    await user.click(await choice('Keep editing'));
    expect(kept).not.toHaveBeenCalled();

    const discarded = vi.fn();
    gate.request(discarded);
    await user.click(await choice('Discard'));
    expect(discarded).toHaveBeenCalledTimes(1);
    expect((await db.posts.get(post.id))?.title).toBe('Old title');

    const saved = vi.fn();
    gate.request(saved);
    await user.click(await choice('Save'));
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1));
    expect((await db.posts.get(post.id))?.title).toBe('Old title A');
    // The new target replaces the editor; the editor does not also close itself.
    expect(onClose).not.toHaveBeenCalled();
  });

  it('a Save the form refuses stays in the editor and does not go on', async () => {
    const user = userEvent.setup();
    const { gate } = await renderEditor({ post: null });
    // A new post with a time but no title: a change, and not savable.
    await user.type(screen.getByLabelText('Time'), '25:00');
    const go = vi.fn();
    gate.request(go);
    await user.click(await choice('Save'));
    expect(go).not.toHaveBeenCalled();
    expect(prompt()).toBeNull();
    expect(screen.getByLabelText('Title')).toHaveAccessibleDescription('Give the post a title.');
    expect(await db.posts.count()).toBe(0);
  });

  it('a new post with nothing typed closes at once; with a title it asks', async () => {
    const user = userEvent.setup();
    const { gate } = await renderEditor({ post: null });
    const empty = vi.fn();
    gate.request(empty);
    expect(empty).toHaveBeenCalledTimes(1);
    await user.type(screen.getByLabelText('Title'), 'Hello');
    const typed = vi.fn();
    gate.request(typed);
    expect(typed).not.toHaveBeenCalled();
    expect(await screen.findByRole('alertdialog')).toBeInTheDocument();
  });

  it('asks in French on a French interface', async () => {
    const user = userEvent.setup();
    await renderEditor({ post: await stored(), language: 'fr' });
    await user.type(screen.getByLabelText('Titre'), '!');
    await user.keyboard('{Escape}');
    const dialog = screen.getByRole('alertdialog', { name: 'Enregistrer vos modifications\u00a0?' });
    expect(within(dialog).getAllByRole('button').map((b) => b.textContent)).toEqual(['Continuer la modification', 'Abandonner', 'Enregistrer']);
  });
});
