import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { validateIcsLines } from '../../shared/serializers/ics';
import { addPost, bytesOf, card, chooseFile, createClient, downloadOf, openApp, openAppPastStartBackup, openData } from './helpers';

// Import, export and backups in web mode: the browser bridge downloads files, reads them from an
// <input type=file>, and keeps automatic backups in the 'cadence-backups' IndexedDB database.

/** Posts in the calendar's database, read the way the app stores them (a second connection). */
const storedTitles = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const request = indexedDB.open('cadence');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const all = db.transaction('posts', 'readonly').objectStore('posts').getAll();
          all.onsuccess = () => {
            db.close();
            resolve((all.result as Array<{ title: string }>).map((p) => p.title).sort());
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );

test('exports the month as CSV (BOM, CRLF) and as iCalendar (folded lines)', async ({ page }) => {
  await openApp(page);
  await createClient(page, 'Bloom Bakery');
  await addPost(page, '2026-11-18', { title: 'Croissant day', time: '08:30' });
  await addPost(page, '2026-11-20', {
    title: 'Long read',
    caption: 'Our sourdough takes three days: feeding the starter, a slow cold rise overnight, then a hot oven at dawn. Here is why it matters.',
  });
  const dialog = await openData(page);

  const csv = await downloadOf(page, () => dialog.getByRole('button', { name: 'Export CSV' }).click());
  expect(csv.suggestedFilename()).toBe('cadence-bloom-bakery-2026-11-01-to-2026-11-30.csv');
  const csvBytes = await bytesOf(csv);
  expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csvText = csvBytes.toString('utf8').slice(1);
  expect(csvText.startsWith('id,client,date,time,channel,format,')).toBe(true);
  expect(csvText.endsWith('\r\n')).toBe(true);
  expect(csvText.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/); // every line ends with CRLF
  const rows = csvText.split('\r\n');
  expect(rows[1]).toContain(',Bloom Bakery,2026-11-18,08:30,instagram,');
  expect(rows[1]).toContain('Croissant day');
  await expect(dialog.getByRole('status')).toHaveText('2 posts exported as cadence-bloom-bakery-2026-11-01-to-2026-11-30.csv');

  await dialog.getByRole('radio', { name: 'iCalendar' }).check();
  const ics = await downloadOf(page, () => dialog.getByRole('button', { name: 'Export iCalendar' }).click());
  expect(ics.suggestedFilename()).toBe('cadence-bloom-bakery-2026-11-01-to-2026-11-30.ics');
  const icsText = (await bytesOf(ics)).toString('utf8');
  expect(icsText.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(validateIcsLines(icsText)).toEqual([]);
  // The long caption is folded: continuation lines start with a space, no line over 75 octets.
  const lines = icsText.split('\r\n');
  expect(lines.some((line) => line.startsWith(' '))).toBe(true);
  expect(lines.every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
  expect(icsText).toContain('SUMMARY:Croissant day\r\n');
  expect(icsText).toContain('DTSTART:20261118T073000Z\r\n'); // 08:30 in Paris
});

const BAD_CSV = [
  'Titre;Date;Heure;Réseau;Légende',
  'Fresh bread;2026-11-05;09:00;Instagram;Warm from the oven',
  'Impossible day;2026-02-30;10:00;Instagram;',
  'Weekend special;2026-11-07;;LinkedIn;',
  '',
].join('\r\n');
const GOOD_CSV = BAD_CSV.replace('2026-02-30', '2026-11-06');

test('a CSV with a bad row is refused with its line and reason, the fixed file imports, and Undo takes it back', async ({ page }) => {
  await openApp(page);
  await createClient(page, 'Bloom Bakery', { channels: ['LinkedIn'] });
  await addPost(page, '2026-11-18', { title: 'Already here' });
  const dialog = await openData(page);
  await dialog.getByRole('tab', { name: 'Import' }).click();

  await chooseFile(page, dialog.getByRole('button', { name: 'Choose a file…' }), 'plan.csv', BAD_CSV);
  const mapping = dialog.getByRole('table', { name: 'Columns' });
  await expect(mapping.getByRole('combobox', { name: 'Column for Title' })).toHaveValue('Titre');
  await expect(mapping.getByRole('combobox', { name: 'Column for Date' })).toHaveValue('Date');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();

  await expect(dialog.getByRole('alert')).toHaveText('Nothing was imported: 1 problem must be fixed in the file first.');
  const report = dialog.getByRole('table', { name: 'Problems in “plan.csv”' });
  await expect(report.getByRole('row')).toHaveCount(2);
  await expect(report.getByRole('cell')).toHaveText(['3', "date '2026-02-30' does not exist"]);
  expect(await storedTitles(page)).toEqual(['Already here']);

  await chooseFile(page, dialog.getByRole('button', { name: 'Choose another file…' }), 'plan-fixed.csv', GOOD_CSV);
  await expect(dialog.getByRole('table', { name: 'The first 3 rows, as they will be imported' })).toContainText('Impossible day');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: '3 posts imported (3 added, 0 updated)' })).toBeVisible();
  await expect(card(page, '2026-11-05', 'Fresh bread')).toBeVisible();
  await expect(card(page, '2026-11-06', 'Impossible day')).toBeVisible();
  expect(await storedTitles(page)).toEqual(['Already here', 'Fresh bread', 'Impossible day', 'Weekend special']);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(card(page, '2026-11-05', 'Fresh bread')).toHaveCount(0);
  await expect(card(page, '2026-11-18', 'Already here')).toBeVisible();
  expect(await storedTitles(page)).toEqual(['Already here']);
});

test('a JSON backup saved, the calendar changed, then restored (replace): the data is back', async ({ page }) => {
  await openApp(page);
  await createClient(page, 'Bloom Bakery');
  await addPost(page, '2026-11-18', { title: 'Keep me' });
  let dialog = await openData(page);
  await dialog.getByRole('radio', { name: 'JSON backup' }).check();
  const backup = await downloadOf(page, () => dialog.getByRole('button', { name: 'Save a backup' }).click());
  expect(backup.suggestedFilename()).toMatch(/^cadence-backup-2026-11-24-\d{4}\.json$/);
  const backupBytes = await bytesOf(backup);
  expect(JSON.parse(backupBytes.toString('utf8'))).toMatchObject({ app: 'cadence', kind: 'backup' });
  await dialog.getByRole('button', { name: 'Close' }).first().click();
  await expect(dialog).toBeHidden();

  await addPost(page, '2026-11-19', { title: 'Added later' });
  await createClient(page, 'Second client');
  expect(await storedTitles(page)).toEqual(['Added later', 'Keep me']);

  dialog = await openData(page);
  await dialog.getByRole('tab', { name: 'Import' }).click();
  await chooseFile(page, dialog.getByRole('button', { name: 'Choose a file…' }), 'backup.json', backupBytes);
  const changes = dialog.getByRole('table', { name: 'What will change' });
  await expect(changes.getByRole('row', { name: /Clients/ })).toHaveText(/Clients\s*0\s*1\s*1/);
  await expect(changes.getByRole('row', { name: /Posts/ })).toHaveText(/Posts\s*0\s*1\s*1/);
  await dialog.getByRole('button', { name: 'Replace everything' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Backup restored: 1 client, 1 post, 0 logged results.' })).toBeVisible();
  expect(await storedTitles(page)).toEqual(['Keep me']);
  await expect(page.getByRole('button', { name: 'Second client', exact: true })).toHaveCount(0);
  await expect(card(page, '2026-11-18', 'Keep me')).toBeVisible();

  // The state before the restore was saved first, and is listed among the backups.
  dialog = await openData(page);
  await dialog.getByRole('tab', { name: 'Backups' }).click();
  await expect(dialog.getByRole('table', { name: 'Backups, newest first' })).toContainText('Before a restore');
});

test('50,000 rows: read in a Web Worker with a progress bar; Cancel writes nothing; then the import lands whole', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  await createClient(page, 'Bloom Bakery');
  const lines = ['title,date,time,channel,caption'];
  for (let i = 0; i < 50_000; i += 1) {
    lines.push(`Post ${i},2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')},09:00,instagram,Caption ${i}`);
  }
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const dialog = await openData(page);
  await dialog.getByRole('tab', { name: 'Import' }).click();
  await chooseFile(page, dialog.getByRole('button', { name: 'Choose a file…' }), 'big.csv', lines.join('\r\n'));
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('progressbar', { name: 'Reading big.csv…' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Import cancelled: nothing was written.');
  expect(await storedTitles(page)).toEqual([]);
  expect(workers.some((url) => /importWorker[^/]*\.js$/.test(url))).toBe(true);

  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden({ timeout: 90_000 });
  await expect(page.getByRole('status').filter({ hasText: '50000 posts imported (50000 added, 0 updated)' })).toBeVisible();
  expect((await storedTitles(page)).length).toBe(50_000);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical violation in the import, export and backups dialog (${colorScheme})`, async ({ page }) => {
    const violations = async (where: string) => {
      const results = await new AxeBuilder({ page }).include('dialog[open]').analyze();
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      expect(serious, where).toEqual([]);
    };
    await page.emulateMedia({ colorScheme });
    await openApp(page);
    await createClient(page, 'Access Co');
    await addPost(page, '2026-11-24', { title: 'Accessible post' });
    const dialog = await openData(page);
    await violations('export, CSV');
    await dialog.getByRole('radio', { name: 'Print / PDF' }).check();
    await violations('export, PDF');
    await dialog.getByRole('tab', { name: 'Import' }).click();
    await violations('import');
    await chooseFile(page, dialog.getByRole('button', { name: 'Choose a file…' }), 'plan.csv', BAD_CSV);
    await expect(dialog.getByRole('table', { name: 'Columns' })).toBeVisible();
    await violations('import, mapping');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(dialog.getByRole('alert')).toBeVisible();
    await violations('import, report');
    await dialog.getByRole('tab', { name: 'Backups' }).click();
    await dialog.getByRole('button', { name: 'Back up now' }).click();
    await expect(dialog.getByRole('table', { name: 'Backups, newest first' })).toBeVisible();
    await violations('backups');
    await dialog.getByRole('button', { name: /^Restore the backup of / }).first().click();
    await expect(dialog.getByRole('table', { name: 'What will change' })).toBeVisible();
    await violations('restore');
  });
}

test('"Back up now" writes the whole calendar from the background reader, not from the page', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text());
  });
  await openAppPastStartBackup(page);
  await createClient(page, 'Backup Co');
  await addPost(page, '2026-11-24', { title: 'Kept safe' });
  const dialog = await openData(page);
  await dialog.getByRole('tab', { name: 'Backups' }).click();
  await dialog.getByRole('button', { name: 'Back up now' }).click();
  await expect(dialog.getByRole('table', { name: 'Backups, newest first' })).toBeVisible();
  // The web bridge keeps backups in the 'cadence-backups' IndexedDB database: read the newest.
  const stored = await page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const request = indexedDB.open('cadence-backups');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const all = request.result.transaction('payloads', 'readonly').objectStore('payloads').getAll();
          all.onsuccess = () => resolve((all.result as { json: string }[]).map((row) => row.json));
        };
      }),
  );
  expect(stored).toHaveLength(1);
  const backup = JSON.parse(stored[0]!) as { kind: string; data: { clients: { name: string }[]; posts: { title: string }[] } };
  expect(backup.kind).toBe('backup');
  expect(backup.data.clients.map((c) => c.name)).toEqual(['Backup Co']);
  expect(backup.data.posts.map((p) => p.title)).toEqual(['Kept safe']);
  expect(warnings.filter((w) => w.includes('Automatic backup'))).toEqual([]);
});
