import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDb, openDb, type CadenceDb } from '../../../renderer/db/database';
import { InsightsView } from '../../../renderer/features/insights/InsightsView';
import { NOW, client, makeBridge, polyfillDialog, post, rated, renderWithApp, type FakeBridge } from './setup';

const fake = vi.hoisted(() => ({ bridge: null as unknown as FakeBridge }));
vi.mock('../../../renderer/bridge/bridge', () => ({ getBridge: () => fake.bridge }));

beforeAll(polyfillDialog);

let db: CadenceDb;
let closed: number;
const bloom = client('c1', 'Bloom Bakery');

// November, Instagram: 5 quizzes (inviting by nature) at 6–10 % and 5 images at 2–6 %: +100 %.
// October, LinkedIn: a poll at 3 % and an image at 1 %, on impressions. May: a quiz, outside the
// last 3 months (1 September to 24 November). One published post without results.
const QUIZZES = [6, 7, 8, 9, 10].map((rate, i) => ({
  post: post(`q${i}`, 'c1', `2026-11-0${i + 2}`, { format: 'quiz', tone: 'playful', title: `Quiz ${i}` }),
  result: rated(`q${i}`, rate, { comments: 0 }),
}));
const IMAGES = [2, 3, 4, 5, 6].map((rate, i) => ({
  post: post(`i${i}`, 'c1', `2026-11-1${i}`, { title: `Image ${i}` }),
  result: rated(`i${i}`, rate - 2, { comments: 2, repliesByTeam: 1, firstReplyMinutes: 30 + 10 * i }),
}));
const LINKEDIN = [
  { post: post('l1', 'c1', '2026-10-05', { channel: 'linkedin', format: 'poll', tone: 'playful' }), result: rated('l1', 30, { reach: null, impressions: 1000 }) },
  { post: post('l2', 'c1', '2026-10-06', { channel: 'linkedin' }), result: rated('l2', 10, { reach: null, impressions: 1000 }) },
];
const MAY = [{ post: post('m1', 'c1', '2026-05-04', { format: 'quiz', tone: 'playful' }), result: rated('m1', 50) }];

beforeEach(async () => {
  fake.bridge = makeBridge();
  closed = 0;
  db = createDb();
  await openDb(db);
  await db.clients.put(bloom);
  const all = [...QUIZZES, ...IMAGES, ...LINKEDIN, ...MAY];
  await db.posts.bulkPut([...all.map((p) => p.post), post('none', 'c1', '2026-11-20', { title: 'No results yet' })]);
  await db.results.bulkPut(all.map((p) => p.result));
});
afterEach(() => db.close());

const open = (language: 'en' | 'fr' = 'en') =>
  renderWithApp(db, <InsightsView client={bloom} onClose={() => (closed += 1)} now={() => NOW} />, language);

const headline = () => screen.findByTestId('participation-headline');

describe('InsightsView', () => {
  // These cases read the last 3 months, remembered for this client as a user would have left it.
  beforeEach(() => db.settings.put({ key: 'insightsPeriods', value: { c1: { preset: 'last3' } } }));

  it('shows the participation lift with its interval, the counts behind it, and the breakdowns', async () => {
    await open();
    expect(screen.getByRole('heading', { level: 2, name: 'Insights: Bloom Bakery' })).toBeInTheDocument();
    await waitFor(async () => expect(await headline()).toHaveTextContent(
      'Posts inviting participation earned +105% engagement against the other posts (95% interval: +13% to +270%): clearly higher.',
    ));
    expect(screen.getByText(/13 published posts in this period, 12 with results, 12 with an engagement rate\./)).toBeInTheDocument();
    expect(screen.getByText(/Rates use reach for 10 posts and impressions for 2/)).toBeInTheDocument();
    expect(screen.getByText(/1 published post has no results yet/)).toBeInTheDocument();

    const table = screen.getByTestId('participation-table');
    const cells = (name: string) =>
      within(within(table).getByRole('rowheader', { name }).closest('tr') as HTMLElement)
        .getAllByRole('cell')
        .map((c) => c.textContent);
    // Published, with a rate, no results, no reach, mean rate.
    expect(cells('Inviting participation')).toEqual(['6', '6', '0', '0', '7.2%']);
    expect(cells('Other posts')).toEqual(['7', '6', '1', '0', '3.5%']);

    const formats = screen.getByRole('table', { name: 'By format: mean engagement rate and lift over the other posts' });
    const quiz = within(formats).getByRole('rowheader', { name: 'Quiz' }).closest('tr') as HTMLElement;
    expect(within(quiz).getAllByRole('cell').map((c) => c.textContent)).toEqual(['5', '5', '8.0%', '3.4% (n = 7)', '+133%', '+45% to +277%', 'Higher']);
    const poll = within(formats).getByRole('rowheader', { name: 'Poll' }).closest('tr') as HTMLElement;
    expect(poll).toHaveTextContent('Too few posts to tell');

    // Replies and UGC.
    expect(screen.getByText('Reply coverage', { selector: 'dt' }).closest('div')).toHaveTextContent('50.0%mean over 5 posts with comments; 0 without any reply');
    expect(screen.getByText('Median time to first reply', { selector: 'dt' }).closest('div')).toHaveTextContent('50 min');
    expect(screen.getByText('Share of user-generated content', { selector: 'dt' }).closest('div')).toHaveTextContent('0 UGC reposts of 13 published posts');

    // Month by month: September to November, empty months included.
    const trend = screen.getByTestId('trend-table');
    expect(within(trend).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Sep 2026', 'Oct 2026', 'Nov 2026']);
  });

  it('follows the channel filter and the period presets', async () => {
    const user = userEvent.setup();
    await open();
    await headline();
    await user.selectOptions(screen.getByLabelText('Channel'), 'instagram');
    await waitFor(async () =>
      expect(await headline()).toHaveTextContent('+100% engagement against the other posts (95% interval: +23% to +225%): clearly higher'),
    );
    await user.selectOptions(screen.getByLabelText('Channel'), 'linkedin');
    await waitFor(async () =>
      expect(await headline()).toHaveTextContent(
        'Posts inviting participation: +200% engagement against the other posts, but too few posts to tell (at least 5 with results on each side are needed; here 1 and 1).',
      ),
    );
    await user.selectOptions(screen.getByLabelText('Channel'), 'all');
    await user.click(screen.getByRole('radio', { name: 'This year' }));
    expect(screen.getByLabelText('From')).toHaveValue('2026-01-01');
    await waitFor(() => expect(screen.getByText(/14 published posts in this period/)).toBeInTheDocument());
    // A period typed backwards is refused at the field, and the last valid one stays on screen.
    await user.clear(screen.getByLabelText('To'));
    await user.type(screen.getByLabelText('To'), '2025-12-31');
    expect(screen.getByLabelText('To')).toHaveAccessibleDescription('The end is before the start.');
    expect(screen.getByText(/14 published posts in this period/)).toBeInTheDocument();
  });

  it('updates live when results are logged elsewhere', async () => {
    await open();
    await headline();
    await db.results.put(rated('none', 1));
    await waitFor(() => expect(screen.getByText(/13 published posts in this period, 13 with results/)).toBeInTheDocument());
  });

  it('exports the report as CSV: BOM, one row per figure, RFC 4180', async () => {
    const user = userEvent.setup();
    await open();
    await headline();
    await user.selectOptions(screen.getByLabelText('Channel'), 'instagram');
    await waitFor(async () => expect(await headline()).toHaveTextContent('+100%'));
    await user.click(screen.getByRole('button', { name: 'CSV' }));
    await waitFor(() => expect(fake.bridge.saved).toHaveLength(1));
    const { suggestedName, data } = fake.bridge.saved[0]!;
    expect(suggestedName).toBe('cadence-insights-bloom-bakery-instagram-2026-09-01-to-2026-11-24.csv');
    expect(data.startsWith('\ufeffsection,key,label,posts,with_rate,mean_rate_pct,others_posts,others_with_rate,others_mean_rate_pct,lift_pct,ci_low_pct,ci_high_pct,verdict,value\r\n')).toBe(true);
    const lines = data.slice(1).trimEnd().split('\r\n');
    expect(lines).toContain('summary,published,Published posts,,,,,,,,,,,11');
    expect(lines).toContain('participation,inviting,Inviting participation,5,5,8,6,5,4,100,23.02,225.15,higher,');
    expect(lines).toContain('format,quiz,Quiz,5,5,8,6,5,4,100,23.02,225.15,higher,');
    expect(lines).toContain('intent,informative,Informative,11,10,6,0,0,,,,,too-few,');
    expect(lines).toContain('replies,coverage,Reply coverage,5,,,,,,,,,,50');
    expect(lines).toContain('replies,median_first_reply_minutes,Median time to first reply (minutes),5,,,,,,,,,,50');
    expect(lines).toContain('month,2026-09,Sep 2026,0,0,,0,0,,,,,too-few,');
    expect(lines).toContain('month,2026-11,Nov 2026,5,5,8,6,5,4,100,23.02,225.15,higher,');
    expect(await screen.findByText(/Saved: cadence-insights-bloom-bakery-instagram/)).toBeInTheDocument();
  });

  it('writes the French CSV with semicolons and decimal commas', async () => {
    const user = userEvent.setup();
    await open('fr');
    await headline();
    // French plurals say 0 in the singular; a channel is a « réseau » here as in the editor.
    expect(screen.getByText('0 reprise de contenu d’utilisateur sur 13 publications publiées')).toBeInTheDocument();
    expect(screen.getByText(/^13 publications publiées sur la période/)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Réseau' })).toHaveDisplayValue('Tous les réseaux');
    await user.click(screen.getByRole('button', { name: 'CSV' }));
    await waitFor(() => expect(fake.bridge.saved).toHaveLength(1));
    const lines = fake.bridge.saved[0]!.data.split('\r\n');
    expect(lines[0]).toBe('\ufeffsection;key;label;posts;with_rate;mean_rate_pct;others_posts;others_with_rate;others_mean_rate_pct;lift_pct;ci_low_pct;ci_high_pct;verdict;value');
    expect(lines).toContain('participation;inviting;Invitant à participer;6;6;7,17;7;6;3,5;104,76;13,19;270,43;higher;');
    expect(lines).toContain('tone;playful;Ludique;6;6;7,17;7;6;3,5;104,76;13,19;270,43;higher;');
  });

  it('prints a printable layout of the report to PDF, then removes it', async () => {
    const user = userEvent.setup();
    await open();
    await headline();
    await user.click(screen.getByRole('button', { name: 'PDF' }));
    await waitFor(() => expect(fake.bridge.printed).toHaveLength(1));
    expect(fake.bridge.printed[0]).toContain('Bloom Bakery · All channels · Sep 1, 2026 – Nov 24, 2026');
    expect(fake.bridge.printed[0]).toContain('Posts inviting participation earned +105% engagement');
    expect(fake.bridge.printToPdf).toHaveBeenCalledWith({ suggestedName: 'cadence-insights-bloom-bakery-2026-09-01-to-2026-11-24.pdf' });
    await waitFor(() => expect(document.querySelector('.insights-print-root')).toBeNull());
    expect(await screen.findByText('Saved: /home/me/report.pdf')).toBeInTheDocument();
  });

  it('opens the results import, and goes back to the calendar', async () => {
    const user = userEvent.setup();
    await open();
    await headline();
    await user.click(screen.getByRole('button', { name: 'Import results…' }));
    expect(screen.getByRole('dialog', { name: 'Import results for Bloom Bakery' })).toBeInTheDocument();
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back to the calendar' }));
    expect(closed).toBe(1);
  });
});

describe('InsightsView period', () => {
  // A quiz marked published on 3 December, after NOW (24 November), with results.
  const FUTURE = { post: post('f1', 'c1', '2026-12-03', { format: 'quiz', tone: 'playful', title: 'Future quiz' }), result: rated('f1', 40) };
  beforeEach(async () => {
    await db.posts.put(FUTURE.post);
    await db.results.put(FUTURE.result);
  });
  const stored = async () => (await db.settings.get('insightsPeriods'))?.value;

  it('covers every published post by default, the later-dated and the older ones included', async () => {
    await open();
    await headline();
    expect(screen.getByRole('radio', { name: 'All dates' })).toBeChecked();
    expect(screen.getByLabelText('From')).toHaveValue('2026-05-01');
    expect(screen.getByLabelText('To')).toHaveValue('2026-12-03');
    await waitFor(() => expect(screen.getByText(/^15 published posts in this period, 14 with results/)).toBeInTheDocument());
    expect(screen.queryByTestId('insights-outside')).not.toBeInTheDocument();
    expect(within(screen.getByTestId('trend-table')).getAllByRole('rowheader').map((h) => h.textContent)).toEqual([
      'May 2026', 'Jun 2026', 'Jul 2026', 'Aug 2026', 'Sep 2026', 'Oct 2026', 'Nov 2026', 'Dec 2026',
    ]);
    // Nothing is written until the user chooses.
    expect(await stored()).toBeUndefined();
  });

  it('says how many posts a shorter period leaves out, and includes them in one click', async () => {
    const user = userEvent.setup();
    await open();
    await headline();
    await user.click(screen.getByRole('radio', { name: 'Last 3 months' }));
    await waitFor(() => expect(screen.getByText(/^13 published posts in this period/)).toBeInTheDocument());
    const note = screen.getByTestId('insights-outside');
    expect(note).toHaveTextContent('2 published posts, dated May 4, 2026 to Dec 3, 2026, lie outside this period and are not counted.');
    // The channel filter counts its own: LinkedIn has nothing outside the period.
    await user.selectOptions(screen.getByLabelText('Channel'), 'linkedin');
    await waitFor(() => expect(screen.queryByTestId('insights-outside')).not.toBeInTheDocument());
    await user.selectOptions(screen.getByLabelText('Channel'), 'instagram');
    expect(await screen.findByTestId('insights-outside')).toHaveTextContent('2 published posts');

    await user.click(within(screen.getByTestId('insights-outside')).getByRole('button', { name: 'Include them' }));
    expect(screen.getByLabelText('From')).toHaveValue('2026-05-04');
    expect(screen.getByLabelText('To')).toHaveValue('2026-12-03');
    await waitFor(() => expect(screen.queryByTestId('insights-outside')).not.toBeInTheDocument());
    expect(screen.getByText(/^13 published posts in this period/)).toBeInTheDocument(); // Instagram: 11 + May + December
    expect(await stored()).toEqual({ c1: { from: '2026-05-04', to: '2026-12-03' } });
  });

  it('names the one post left out by its day, in French too', async () => {
    const user = userEvent.setup();
    await db.posts.delete('m1');
    await open('fr');
    await headline();
    await user.click(screen.getByRole('radio', { name: '3 derniers mois' }));
    expect(await screen.findByTestId('insights-outside')).toHaveTextContent(
      '1 publication publiée, datée du 3 déc. 2026, est hors de cette période et n’est pas comptée. Les inclure',
    );
  });

  it('remembers the period chosen for a client, a preset as a preset and typed days as days', async () => {
    const user = userEvent.setup();
    const view = await open();
    await headline();
    await user.click(screen.getByRole('radio', { name: 'This year' }));
    await waitFor(async () => expect(await stored()).toEqual({ c1: { preset: 'year' } }));
    view.unmount();

    const again = await open();
    await headline();
    expect(screen.getByRole('radio', { name: 'This year' })).toBeChecked();
    expect(screen.getByLabelText('From')).toHaveValue('2026-01-01');
    expect(screen.getByLabelText('To')).toHaveValue('2026-11-24');
    await user.clear(screen.getByLabelText('From'));
    await user.type(screen.getByLabelText('From'), '2026-10-01');
    await waitFor(async () => expect(await stored()).toEqual({ c1: { from: '2026-10-01', to: '2026-11-24' } }));
    again.unmount();

    await open();
    await headline();
    expect(screen.getByLabelText('From')).toHaveValue('2026-10-01');
    expect(screen.getByLabelText('To')).toHaveValue('2026-11-24');
    for (const name of ['All dates', 'Last 3 months', 'Last 6 months', 'This year']) expect(screen.getByRole('radio', { name })).not.toBeChecked();
  });

  it('keeps other clients’ periods, and reads a stored period it cannot use as the default', async () => {
    const user = userEvent.setup();
    await db.settings.put({ key: 'insightsPeriods', value: { c1: { from: '2026-13-01', to: 'soon' }, c2: { preset: 'last6' } } });
    await open();
    await headline();
    expect(screen.getByRole('radio', { name: 'All dates' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Last 6 months' }));
    await waitFor(async () => expect(await stored()).toEqual({ c1: { preset: 'last6' }, c2: { preset: 'last6' } }));
  });
});
