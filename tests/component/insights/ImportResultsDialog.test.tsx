import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDb, openDb, type CadenceDb } from '../../../renderer/db/database';
import { readSettings } from '../../../renderer/db/settings';
import { ImportResultsDialog } from '../../../renderer/features/insights/ImportResultsDialog';
import { NOW, client, makeBridge, polyfillDialog, post, renderWithApp, type FakeBridge } from './setup';

const fake = vi.hoisted(() => ({ bridge: null as unknown as FakeBridge }));
vi.mock('../../../renderer/bridge/bridge', () => ({ getBridge: () => fake.bridge }));

beforeAll(polyfillDialog);

let db: CadenceDb;
let closed: number;
const bloom = client('c1', 'Bloom Bakery');

beforeEach(async () => {
  fake.bridge = makeBridge();
  closed = 0;
  db = createDb();
  await openDb(db);
  await db.clients.put(bloom);
  await db.posts.bulkPut([
    post('p1', 'c1', '2026-11-03', { title: 'Croissant day', caption: 'Croissant day is here: fresh from 7am.' }),
    post('p2', 'c1', '2026-11-05', { title: 'Sourdough poll', caption: 'Which loaf next? https://www.instagram.com/p/ABC123/' }),
    post('p3', 'c1', '2026-11-10', { title: 'Baguette tips' }),
    post('p4', 'c1', '2026-11-10', { title: 'Rye story', time: '18:00' }),
    post('p5', 'c1', '2026-11-05', { title: 'LinkedIn recap', channel: 'linkedin' }),
  ]);
});
afterEach(() => db.close());

const open = (channel?: 'instagram' | 'linkedin') =>
  renderWithApp(db, <ImportResultsDialog client={bloom} channel={channel} onClose={() => (closed += 1)} now={() => NOW} />);

// Line 1 is the header. Line 2: by title; line 3: by link; line 4: two posts on 10 Nov, nothing to tell
// them apart; line 5: no post in October.
const META_EXPORT = [
  'Publish time,Permalink,Description,Reach,Likes,Comments,Shares,Saves',
  '2026-11-03T08:00:00Z,,Croissant day is here,1200,40,6,2,1',
  '2026-11-05T10:00:00Z,https://instagram.com/p/ABC123,Which loaf next?,900,30,10,1,0',
  '2026-11-10T09:00:00Z,,New video,800,20,3,0,0',
  '2026-10-01T09:00:00Z,,Old post,500,10,1,0,0',
].join('\r\n');

const chooseFile = async (user: ReturnType<typeof userEvent.setup>, name: string, text: string) => {
  fake.bridge.nextFile = { name, bytes: new TextEncoder().encode(text) };
  await user.click(await screen.findByRole('button', { name: 'Choose a CSV file…' }));
  await screen.findByRole('table', { name: 'Columns' });
};

const select = (name: string) => screen.getByRole('combobox', { name }) as HTMLSelectElement;

describe('ImportResultsDialog', () => {
  it('reviews every row and writes nothing until the import is confirmed, then everything at once', async () => {
    const user = userEvent.setup();
    await open('instagram');
    await user.selectOptions(screen.getByLabelText('Reading'), '7d');
    await chooseFile(user, 'meta.csv', META_EXPORT);
    // Guessed from Meta's headers.
    expect(select('Column for Publishing date').value).toBe('Publish time');
    expect(select('Column for Reach').value).toBe('Reach');
    expect(select('Column for Reactions').value).toBe('Likes');
    expect(select('Column for Link').value).toBe('Permalink');
    await user.click(screen.getByRole('button', { name: 'Check the rows' }));

    expect(await screen.findByTestId('import-summary')).toHaveTextContent(
      '“meta.csv”: 2 rows matched to a post, 1 to choose, 1 without a post.',
    );
    const review = screen.getByRole('table', { name: /Rows and their posts/ });
    const rowOf = (line: number) => within(review).getByText(String(line), { selector: 'td' }).closest('tr') as HTMLElement;
    expect(rowOf(2)).toHaveTextContent('By title');
    expect((within(rowOf(2)).getByRole('combobox') as HTMLSelectElement).value).toBe('p1');
    expect(rowOf(3)).toHaveTextContent('By link');
    expect(rowOf(4)).toHaveTextContent('Choose: 2 posts fit');
    expect(rowOf(5)).toHaveTextContent('No post found: skipped');
    // Undecided: the import waits, and nothing has been written.
    const confirm = screen.getByRole('button', { name: 'Import results for 2 posts' });
    expect(confirm).toBeDisabled();
    expect(await db.results.count()).toBe(0);

    // Cancel: still nothing written.
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(closed).toBe(1);
    expect(await db.results.count()).toBe(0);

    // Again, this time to the end: pick the post of line 4, give line 5 a post too.
    cleanup();
    await open('instagram');
    await user.selectOptions(screen.getByLabelText('Reading'), '7d');
    await chooseFile(user, 'meta.csv', META_EXPORT);
    await user.click(screen.getByRole('button', { name: 'Check the rows' }));
    await screen.findByTestId('import-summary');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Post for line 4' }), 'p4');
    // Line 5 (1 October) has no post within a week: only "Skip" is offered.
    expect(within(screen.getByRole('combobox', { name: 'Post for line 5' })).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Skip this row',
    ]);
    // Two rows on the same post are refused.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Post for line 3' }), 'p1');
    expect(screen.getAllByText('Another row already goes to this post.')).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Import results for 3 posts' })).toBeDisabled();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Post for line 3' }), 'p2');
    expect(await db.results.count()).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Import results for 3 posts' }));
    await waitFor(() => expect(closed).toBe(2));
    const rows = await db.results.orderBy('postId').toArray();
    expect(rows.map((r) => [r.postId, r.reach, r.reactions, r.comments, r.shares, r.saves])).toEqual([
      ['p1', 1200, 40, 6, 2, 1],
      ['p2', 900, 30, 10, 1, 0],
      ['p4', 800, 20, 3, 0, 0],
    ]);
    expect(new Set(rows.map((r) => `${r.label} ${r.source} ${r.takenAt} ${r.createdAt}`)).size).toBe(1);
    expect(rows[0]).toMatchObject({ label: '7d', source: 'import', takenAt: NOW.toISOString() });
    expect(await screen.findByText('Results imported for 3 posts')).toBeInTheDocument();
  });

  it('writes nothing when the transaction fails, and says so', async () => {
    const user = userEvent.setup();
    await open('instagram');
    await chooseFile(user, 'meta.csv', META_EXPORT);
    await user.click(screen.getByRole('button', { name: 'Check the rows' }));
    await screen.findByTestId('import-summary');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Post for line 4' }), 'skip');
    // The second write of the batch fails: the first must not stay behind.
    const add = db.results.bulkAdd.bind(db.results);
    type BulkAdd = typeof db.results.bulkAdd;
    const failing = async (rows: Parameters<BulkAdd>[0]) => {
      await add(rows.slice(0, 1));
      throw new Error('disk trouble');
    };
    vi.spyOn(db.results, 'bulkAdd').mockImplementation(failing as unknown as BulkAdd);
    await user.click(screen.getByRole('button', { name: 'Import results for 2 posts' }));
    expect(await screen.findByText(/The import failed and nothing was saved: .*disk trouble/)).toBeInTheDocument();
    vi.restoreAllMocks();
    expect(await db.results.count()).toBe(0);
    expect(closed).toBe(0);
  });

  it('lists rows it cannot read with their line and reason, and imports the others only when told to', async () => {
    const user = userEvent.setup();
    const text = [
      'Publish time,Description,Reach,Likes,Comments',
      '2026-11-03,Croissant day is here,1200,40,-6',
      '2026-11-05,Which loaf next?,90,300,1',
      'Total,,2000,400,9',
      '2026-11-10,Baguette tips and tricks,800,20,3',
    ].join('\n');
    await open('instagram');
    await chooseFile(user, 'with-problems.csv', text);
    await user.click(screen.getByRole('button', { name: 'Check the rows' }));
    const problems = await screen.findByRole('table', { name: 'Rows of “with-problems.csv” that cannot be read' });
    const lines = within(problems)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));
    expect(lines).toEqual([
      ['2', "comments '-6' is negative"],
      ['3', 'reach 90 is lower than engagement 301'],
      ['4', "date 'Total' is not a date (yyyy-MM-dd)"],
    ]);
    const confirm = screen.getByRole('button', { name: 'Import results for 1 post' });
    expect(confirm).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: 'Leave out these 3 rows and import the others' }));
    await user.click(confirm);
    await waitFor(() => expect(closed).toBe(1));
    expect((await db.results.toArray()).map((r) => r.postId)).toEqual(['p3']);
  });

  it('remembers the column mapping per channel, across renders, through the settings', async () => {
    const user = userEvent.setup();
    const text = ['Day;Views count;Hearts;Replies count;Caption text', '2026-11-03;1500;30;4;Croissant day is here'].join('\n');
    await open('instagram');
    await chooseFile(user, 'tiktok-like.csv', text);
    // Nothing recognisable: the date and reach are left to the user.
    expect(select('Column for Publishing date').value).toBe('');
    await user.click(screen.getByRole('button', { name: 'Check the rows' }));
    expect(screen.getByRole('combobox', { name: 'Column for Publishing date' })).toHaveAccessibleDescription(
      'Choose the column that holds the publishing date.',
    );
    expect(screen.getByRole('combobox', { name: 'Column for Reach' })).toHaveAccessibleDescription(
      'Choose the column of reach or of impressions: a rate needs one.',
    );
    await user.selectOptions(select('Column for Publishing date'), 'Day');
    await user.selectOptions(select('Column for Impressions'), 'Views count');
    await user.selectOptions(select('Column for Reactions'), 'Hearts');
    await user.selectOptions(select('Column for Comments'), 'Replies count');
    // "Caption text" was not guessed; leave it out on purpose.
    expect(select('Column for Text or title').value).toBe('');
    await user.click(screen.getByRole('button', { name: 'Check the rows' }));
    await screen.findByTestId('import-summary');
    expect((await readSettings(db)).resultsMappings?.instagram).toEqual({
      date: 'Day',
      link: '',
      text: '',
      reach: '',
      impressions: 'Views count',
      reactions: 'Hearts',
      comments: 'Replies count',
      shares: '',
      saves: '',
      clicks: '',
    });
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await db.results.count()).toBe(0);

    // A new render (the next import, or the next session): the mapping comes back for Instagram.
    cleanup();
    await open('instagram');
    await chooseFile(user, 'tiktok-like-2.csv', text);
    expect(select('Column for Publishing date').value).toBe('Day');
    expect(select('Column for Impressions').value).toBe('Views count');
    expect(select('Column for Reactions').value).toBe('Hearts');
    expect(select('Column for Comments').value).toBe('Replies count');
    // …and only for Instagram.
    cleanup();
    await open('linkedin');
    await chooseFile(user, 'tiktok-like-3.csv', text);
    expect(select('Column for Publishing date').value).toBe('');
  });

  it('says why a file cannot be opened', async () => {
    const user = userEvent.setup();
    await open();
    fake.bridge.nextFile = { name: 'huge.csv', error: 'too-large' };
    await user.click(await screen.findByRole('button', { name: 'Choose a CSV file…' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('“huge.csv” is larger than 200 MB: it was not opened.');
    fake.bridge.nextFile = { name: 'empty.csv', bytes: new TextEncoder().encode('\ufeff\r\n') };
    await user.click(screen.getByRole('button', { name: 'Choose a CSV file…' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('“empty.csv” is empty.');
  });
});
