import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Post } from '../../../shared/model/post';
import { createClient } from '../../../renderer/db/clients';
import { createDb, openDb, type CadenceDb } from '../../../renderer/db/database';
import { DbProvider } from '../../../renderer/db/hooks';
import { createPost } from '../../../renderer/db/posts';
import { saveSnapshot } from '../../../renderer/db/results';
import { ResultsSection } from '../../../renderer/features/results/ResultsSection';
import { HistoryProvider } from '../../../renderer/features/history/History';
import { ToastProvider } from '../../../renderer/features/toasts/Toasts';
import { createI18n } from '../../../renderer/i18n/i18n';

const NOW = new Date('2026-11-24T10:00:00+01:00');
let db: CadenceDb;
let post: Post;

beforeEach(async () => {
  db = createDb();
  await openDb(db);
  const client = await createClient(db, {
    name: 'Bloom',
    color: '#4f46e5',
    channels: ['instagram'],
    timeZone: 'Europe/Paris',
    weekStartsOn: 1,
    language: 'en',
  });
  post = await createPost(db, {
    clientId: client.id,
    title: 'Sourdough poll',
    caption: 'Which loaf should we bake next?',
    date: '2026-11-20',
    time: '09:00',
    channel: 'instagram',
    format: 'poll',
    tone: 'playful',
    intent: 'conversational',
    invitesParticipation: true,
    status: 'published',
    tags: [],
    notes: '',
  });
});
afterEach(() => db.close());

/** The section inside a <form> that would save the post on submit, as in the post editor. */
const renderSection = async (language: 'en' | 'fr' = 'en') => {
  const i18n = await createI18n(language);
  let submitted = 0;
  render(
    <I18nextProvider i18n={i18n}>
      <DbProvider db={db}>
        <ToastProvider>
          <HistoryProvider>
            <form
              onSubmit={(e) => {
                e.preventDefault();
                submitted += 1;
              }}
            >
              <ResultsSection post={post} now={() => NOW} />
            </form>
          </HistoryProvider>
        </ToastProvider>
      </DbProvider>
    </I18nextProvider>,
  );
  return { submitted: () => submitted };
};

const stored = () => db.results.toArray();

describe('ResultsSection', () => {
  it('adds a snapshot in seconds: the form is open, Enter saves it, and not the post', async () => {
    const user = userEvent.setup();
    const { submitted } = await renderSection();
    await user.type(await screen.findByLabelText('Reach'), '1,200');
    await user.type(screen.getByLabelText('Reactions'), '40');
    await user.type(screen.getByLabelText('Comments'), '6');
    await user.type(screen.getByLabelText('Shares'), '2');
    await user.type(screen.getByLabelText('Team replies'), '5');
    await user.type(screen.getByLabelText('First reply (min)'), '45{Enter}');

    await waitFor(async () => expect(await stored()).toHaveLength(1));
    const [row] = await stored();
    expect(row).toMatchObject({
      postId: post.id,
      label: '24h',
      source: 'manual',
      reach: 1200,
      impressions: null,
      reactions: 40,
      comments: 6,
      shares: 2,
      saves: 0,
      clicks: 0,
      repliesByTeam: 5,
      firstReplyMinutes: 45,
      takenAt: NOW.toISOString(),
    });
    expect(submitted()).toBe(0);
    // The per-post figures, each with its formula and the numbers behind it.
    const rate = await screen.findByText('Engagement rate');
    const figure = rate.closest('div') as HTMLElement;
    expect(within(figure).getByText('4.0%')).toBeInTheDocument();
    expect(figure).toHaveTextContent('(reactions + comments + shares + saves) ÷ reach = (40 + 6 + 2 + 0) ÷ 1,200');
    const coverage = screen.getByText('Reply coverage').closest('div') as HTMLElement;
    expect(within(coverage).getByText('83%')).toBeInTheDocument();
    expect(coverage).toHaveTextContent('team replies ÷ comments = 5 ÷ 6, at most 100%');
    expect(screen.getByText('First reply').closest('div')).toHaveTextContent('45 min');
    // Saved: the form closes, the snapshot is listed as the latest one.
    expect(screen.queryByLabelText('Reach')).not.toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Results logged, newest first' })).getByText('After 24 hours')).toBeInTheDocument();
  });

  it('refuses negative counts, text and decimals at the field, and saves nothing', async () => {
    const user = userEvent.setup();
    await renderSection();
    await user.type(await screen.findByLabelText('Reach'), 'abc');
    await user.type(screen.getByLabelText('Comments'), '-3');
    await user.type(screen.getByLabelText('Shares'), '2.5');
    await user.click(screen.getByRole('button', { name: 'Log results' }));
    expect(screen.getByLabelText('Reach')).toHaveAccessibleDescription('Enter a number, like 1200.');
    expect(screen.getByLabelText('Reach')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Comments')).toHaveAccessibleDescription('A count cannot be negative.');
    expect(screen.getByLabelText('Shares')).toHaveAccessibleDescription('Enter a whole number.');
    expect(await stored()).toHaveLength(0);
    // Fixing a field clears its error.
    await user.clear(screen.getByLabelText('Comments'));
    expect(screen.getByLabelText('Comments')).not.toHaveAttribute('aria-invalid');
  });

  it('refuses a reach below the engagement, and a snapshot with neither reach nor impressions', async () => {
    const user = userEvent.setup();
    await renderSection();
    await user.type(await screen.findByLabelText('Reactions'), '40{Enter}');
    expect(screen.getByLabelText('Reach')).toHaveAccessibleDescription('Enter the reach, or the impressions if the platform gives no reach.');
    await user.type(screen.getByLabelText('Reach'), '30{Enter}');
    expect(screen.getByLabelText('Reach')).toHaveAccessibleDescription(
      'Reach is lower than reactions + comments + shares + saves: are two columns swapped?',
    );
    expect(await stored()).toHaveLength(0);
    // Impressions are not checked against engagement (every view counts again).
    await user.clear(screen.getByLabelText('Reach'));
    await user.type(screen.getByLabelText('Impressions'), '30{Enter}');
    await waitFor(async () => expect(await stored()).toHaveLength(1));
    expect((await stored())[0]).toMatchObject({ reach: null, impressions: 30, reactions: 40 });
  });

  it('edits a snapshot in place (same id), and Escape closes the form without saving', async () => {
    const first = await saveSnapshot(db, { postId: post.id, takenAt: '2026-11-21T09:00:00.000Z', label: '24h', reach: 1000, reactions: 30, comments: 4 });
    const user = userEvent.setup();
    await renderSection();
    await user.click(await screen.findByRole('button', { name: /^Edit the results of After 24 hours/ }));
    expect(screen.getByLabelText('Reach')).toHaveValue('1000');
    await user.clear(screen.getByLabelText('Comments'));
    await user.type(screen.getByLabelText('Comments'), '10');
    await user.keyboard('{Escape}');
    expect(screen.queryByLabelText('Reach')).not.toBeInTheDocument();
    expect((await stored())[0]?.comments).toBe(4);

    await user.click(screen.getByRole('button', { name: /^Edit the results of After 24 hours/ }));
    await user.clear(screen.getByLabelText('Comments'));
    await user.type(screen.getByLabelText('Comments'), '10');
    await user.click(screen.getByRole('button', { name: 'Update results' }));
    await waitFor(async () => expect((await stored())[0]?.comments).toBe(10));
    const rows = await stored();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: first.id, createdAt: first.createdAt, reach: 1000, reactions: 30 });
    expect(await screen.findByText('4.0%', { selector: 'strong' })).toBeInTheDocument();
  });

  it('uses the latest snapshot by the instant it was taken, whatever the order it was logged in', async () => {
    // Logged in reverse: the 7-day reading first, then the 24-hour one. "+02:00" makes the later
    // string the EARLIER instant: the 24-hour reading is at 07:00Z, the 7-day one at 09:00Z.
    await saveSnapshot(db, { postId: post.id, takenAt: '2026-11-27T09:00:00Z', label: '7d', reach: 1000, reactions: 80 });
    await saveSnapshot(db, { postId: post.id, takenAt: '2026-11-27T09:00:00+02:00', label: '24h', reach: 1000, reactions: 20 });
    await renderSection();
    const items = within(await screen.findByRole('list', { name: 'Results logged, newest first' })).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.results-item-label')?.textContent)).toEqual(['After 7 days', 'After 24 hours']);
    expect(items[0]).toHaveTextContent('Latest');
    expect(screen.getByText(/^Figures from the latest results \(After 7 days, /)).toBeInTheDocument();
    expect(screen.getByText('Engagement rate').closest('div')).toHaveTextContent('8.0%');
    // A new snapshot proposes the reading not taken yet.
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add results' }));
    expect(screen.getByLabelText('Reading')).toHaveValue('28d');
  });

  it('deletes a snapshot with Undo, which puts it back as it was', async () => {
    const saved = await saveSnapshot(db, { postId: post.id, takenAt: '2026-11-21T09:00:00.000Z', label: '24h', reach: 500, reactions: 10 });
    const user = userEvent.setup();
    await renderSection();
    await user.click(await screen.findByRole('button', { name: /^Delete the results of After 24 hours/ }));
    await waitFor(async () => expect(await stored()).toHaveLength(0));
    const toast = await screen.findByRole('status');
    expect(toast).toHaveTextContent(/Results of After 24 hours .* deleted/);
    await user.click(within(toast).getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await stored()).toEqual([saved]));
  });

  it('keeps the form closed for a post that is only dated in the past (it may not have gone out)', async () => {
    post = { ...post, status: 'scheduled' };
    const user = userEvent.setup();
    await renderSection();
    expect(await screen.findByText(/No results logged yet/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Reach')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add results' }));
    await user.type(screen.getByLabelText('Reach'), '300');
    await user.type(screen.getByLabelText('Reactions'), '9{Enter}');
    await waitFor(async () => expect(await stored()).toHaveLength(1));
  });

  it('speaks French, errors included', async () => {
    const user = userEvent.setup();
    await renderSection('fr');
    await user.type(await screen.findByLabelText('Commentaires'), '-1{Enter}');
    expect(screen.getByLabelText('Commentaires')).toHaveAccessibleDescription('Un total ne peut pas être négatif.');
  });
});
