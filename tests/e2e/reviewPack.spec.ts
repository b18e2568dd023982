import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { buildReviewPack, readDecisions, type ReviewPackInput } from '../../shared/review';
import { REVIEW_POSTS, reviewInput } from '../fixtures/reviewPack';

// A review pack as the client meets it (issue 17): a file:// page in Chromium with every network
// request aborted, hostile titles and captions inside. It must ask for nothing, break no CSP rule, run
// no script of theirs; the reviewer answers, reloads (answers kept), saves, and Cadence reads the file.
// The pack does not need the app: this spec never opens it (the config's web server still starts).
// Screens: test-results/screens/review-pack-*.png (EN/FR, light/dark, 1280x800 and 390x844).

/** Writes the pack in the test's own output folder (Playwright clears it) and returns its file:// URL. */
const writePack = (input: ReviewPackInput): string => {
  const file = test.info().outputPath(`pack-${input.language}.html`);
  writeFileSync(file, buildReviewPack(input), 'utf8');
  return pathToFileURL(file).href;
};

type Watch = { requests: string[]; violations: string[]; errors: string[] };

/** Opens the pack with the network cut off, counting every request, CSP violation and console error. */
const openPack = async (page: Page, url: string): Promise<Watch> => {
  const watch: Watch = { requests: [], violations: [], errors: [] };
  await page.context().route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
  page.on('request', (request) => watch.requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(message.text());
  });
  page.on('pageerror', (error) => watch.errors.push(error.message));
  await page.exposeFunction('__reportViolation', (text: string) => watch.violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportViolation: (t: string) => void }).__reportViolation(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto(url);
  await expect(page.getByRole('button', { name: /Save my answers|Enregistrer mes réponses/ })).toBeVisible();
  return watch;
};

const outside = (watch: Watch, url: string) => watch.requests.filter((r) => r !== url && !r.startsWith('data:'));

test('a reviewer answers in the pack, offline, and Cadence reads the answers back', async ({ page }) => {
  const url = writePack(reviewInput());
  const watch = await openPack(page, url);

  // Nothing hostile ran or became markup.
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('main img')).toHaveCount(2);
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
  await expect(page.locator('#post-2 h3')).toHaveText('<script>window.__pwned = 1; alert(1)</script>');
  await expect(page.locator('script')).toHaveCount(2);

  await page.getByLabel('Your name').fill('Claire Dupont');
  const post = (index: number) => page.locator(`#post-${index}`);
  // One approval by keyboard, one by click.
  await post(0).getByRole('button', { name: 'Approve' }).focus();
  await page.keyboard.press('Space');
  await post(2).getByRole('button', { name: 'Approve' }).click();
  await post(1).getByLabel('Your comment').fill('Show the bakers, not the ovens.');
  await post(1).getByRole('button', { name: 'Request changes' }).click();
  await expect(post(1).locator('.state')).toHaveText('Changes requested');
  await expect(page.locator('#progress')).toHaveText('Approved: 2 · Changes requested: 1 · Comments: 1 · Posts: 6');

  // A reload keeps every answer (localStorage under the pack's id).
  await page.reload();
  await expect(page.getByLabel('Your name')).toHaveValue('Claire Dupont');
  await expect(post(0).getByRole('button', { name: 'Approve' })).toHaveAttribute('aria-pressed', 'true');
  await expect(post(2).getByRole('button', { name: 'Approve' })).toHaveAttribute('aria-pressed', 'true');
  await expect(post(1).getByRole('button', { name: 'Request changes' })).toHaveAttribute('aria-pressed', 'true');
  await expect(post(1).locator('.thread li')).toHaveText(/^Show the bakers, not the ovens\./);
  await expect(page.locator('.chip[data-index="0"]')).toHaveAttribute('data-answer', 'approved');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save my answers' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('cadence-answers-maison-lune-fils-2026-12-01.json');
  const text = readFileSync((await download.path())!, 'utf8');
  await expect(page.locator('#save-note')).toContainText('cadence-answers-maison-lune-fils-2026-12-01.json');

  const reading = readDecisions(text, { posts: new Map(REVIEW_POSTS.map((p) => [p.id, p])), knownPacks: new Map([['pack-2026-12-lune', 'client-lune']]) });
  expect(reading.ok, JSON.stringify(reading)).toBe(true);
  if (!reading.ok) return;
  expect(reading.plan.reviewer).toBe('Claire Dupont');
  expect(reading.plan.updates.map((u) => [u.postId, u.approval.state])).toEqual([['p-launch', 'approved'], ['p-close', 'changes'], ['p-script', 'approved']]);
  expect(reading.plan.updates[1]!.approval.comments).toMatchObject([{ author: 'Claire Dupont', text: 'Show the bakers, not the ovens.', kind: 'client' }]);

  expect(watch.requests).toContain(url); // the counter sees requests: the file itself is one
  expect(outside(watch, url)).toEqual([]);
  expect(watch.violations).toEqual([]);
  expect(watch.errors).toEqual([]);
});

test('the watch would see a violation: the CSP refuses a remote image, an inline style and a fetch', async ({ page }) => {
  const url = writePack(reviewInput({ packId: 'pack-control' }));
  const watch = await openPack(page, url);
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = 'https://example.invalid/pixel.png';
    document.body.appendChild(img);
    document.body.setAttribute('style', 'color: red');
    void fetch('https://example.invalid/ping').catch(() => undefined);
  });
  await expect.poll(() => watch.violations.length).toBeGreaterThanOrEqual(3);
  expect(watch.violations.map((v) => v.split(' ')[0]).sort()).toEqual(['connect-src', 'img-src', 'style-src-attr']);
  // Chromium reports the image as a request even though the CSP stops it: the counter sees attempts.
  expect(outside(watch, url)).toEqual(['https://example.invalid/pixel.png']);
});

test('saving asks for a name first, and the pack reads in French', async ({ page }) => {
  const url = writePack(reviewInput({ language: 'fr', packId: 'pack-fr' }));
  const watch = await openPack(page, url);
  await page.locator('#post-3').getByRole('button', { name: 'Valider' }).click();
  await page.getByRole('button', { name: 'Enregistrer mes réponses' }).click();
  await expect(page.locator('#save-note')).toHaveText('Indiquez votre nom avant d’enregistrer.');
  await expect(page.getByLabel('Votre nom')).toBeFocused();
  await page.locator('#post-4').getByRole('button', { name: 'Demander des modifications' }).click();
  await expect(page.locator('#post-4 .note')).toHaveText('Dites ce qui doit changer dans la zone de commentaire, puis ajoutez-le.');
  await expect(page.locator('#post-4').getByLabel('Votre commentaire')).toBeFocused();
  expect(outside(watch, url)).toEqual([]);
  expect(watch.violations).toEqual([]);
  expect(watch.errors).toEqual([]);
});

for (const language of ['en', 'fr'] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`screens of the pack, ${language} ${scheme}`, async ({ page }, info) => {
      const url = writePack(reviewInput({ language, packId: `pack-shots-${language}` }));
      await page.emulateMedia({ colorScheme: scheme });
      const watch = await openPack(page, url);
      await page.getByLabel(language === 'en' ? 'Your name' : 'Votre nom').fill('Claire Dupont');
      await page.locator('#post-0').getByRole('button', { name: language === 'en' ? 'Approve' : 'Valider' }).click();
      await page.locator('#post-1').getByLabel(language === 'en' ? 'Your comment' : 'Votre commentaire').fill(language === 'en' ? 'Show the bakers.' : 'Montrez les boulangers.');
      await page.locator('#post-1').getByRole('button', { name: language === 'en' ? 'Request changes' : 'Demander des modifications' }).click();
      for (const [width, height] of [[1280, 800], [390, 844]] as const) {
        await page.setViewportSize({ width, height });
        const shot = (name: string) => page.screenshot({ path: join(info.project.outputDir, 'screens', `review-pack-${language}-${scheme}-${width}-${name}.png`) });
        await page.evaluate(() => window.scrollTo(0, 0));
        await shot('top');
        await page.locator('#grid-h').scrollIntoViewIfNeeded();
        await page.evaluate(() => document.getElementById('grid-h')!.scrollIntoView());
        await shot('grid');
        await page.evaluate(() => document.getElementById('post-0')!.scrollIntoView());
        await shot('post');
        await page.evaluate(() => document.getElementById('post-1')!.scrollIntoView());
        await shot('changes');
        // Nothing wider than the page (no sideways scrolling on a phone).
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      }
      expect(outside(watch, url)).toEqual([]);
      expect(watch.violations).toEqual([]);
      // Contrast, labels, names, in this colour scheme (axe runs after the CSP checks: it injects a script).
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
    });
  }
}

test('the pack prints as a clean PDF: light on paper even in a dark theme, no answer controls, the list after the calendar', async ({ page }, info) => {
  const url = writePack(reviewInput({ language: 'fr', packId: 'pack-print' }));
  await page.emulateMedia({ colorScheme: 'dark' });
  const watch = await openPack(page, url);
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  for (const hidden of ['#savebar', '#reviewer', '#month', '#post-0 .answer']) await expect(page.locator(hidden)).toBeHidden();
  await expect(page.locator('#post-0 h3')).toBeVisible();
  const colours = await page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]);
  expect(colours).toEqual(['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
  expect(await page.evaluate(() => getComputedStyle(document.getElementById('list-h')!).breakBefore)).toBe('page');
  await page.setViewportSize({ width: 1024, height: 1400 });
  await page.screenshot({ path: join(info.project.outputDir, 'screens', 'review-pack-fr-print.png'), fullPage: false });
  const pdf = await page.pdf({ format: 'A4', printBackground: false, path: join(info.project.outputDir, 'screens', 'review-pack-fr.pdf') });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThanOrEqual(2); // the calendar, then the posts
  expect(outside(watch, url)).toEqual([]);
  expect(watch.violations).toEqual([]);
  expect(watch.errors).toEqual([]);
});

// Issue 18: a post's first media thumbnail travels inside the pack (a data: URL, which the CSP allows
// and nothing else), shown with its alt text; the carousel's size and each alt text are listed.
// Screens: test-results/screens/review-pack-media-*.png (EN/FR, light/dark).
for (const language of ['en', 'fr'] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`a pack with a thumbnail shows it with its alt text, offline, ${language} ${scheme}`, async ({ page }, info) => {
      // A real 480x600 WebP thumbnail, drawn by this Chromium, as Cadence's thumbnailer makes them.
      await page.goto('about:blank');
      const thumb = await page.evaluate(async () => {
        const canvas = new OffscreenCanvas(480, 600);
        const g = canvas.getContext('2d')!;
        const sky = g.createLinearGradient(0, 0, 0, 600);
        sky.addColorStop(0, '#f6d7a7');
        sky.addColorStop(1, '#b86b2e');
        g.fillStyle = sky;
        g.fillRect(0, 0, 480, 600);
        g.fillStyle = '#7a3e12';
        for (const [x, y] of [[150, 330], [330, 360]]) {
          g.beginPath();
          g.ellipse(x!, y!, 120, 70, -0.3, 0, Math.PI * 2);
          g.fill();
        }
        const blob = await canvas.convertToBlob({ type: 'image/webp', quality: 0.8 });
        const bytes = new Uint8Array(await blob.arrayBuffer());
        let binary = '';
        for (const b of bytes) binary += String.fromCharCode(b);
        return `data:image/webp;base64,${btoa(binary)}`;
      });
      const alt = language === 'en' ? 'Two loaves cooling on a wooden table' : 'Deux pains qui refroidissent sur une table en bois';
      const media = [
        { hash: 'a'.repeat(64), name: 'loaves.jpg', kind: 'jpeg' as const, size: 2_400_000, alt },
        { hash: 'b'.repeat(64), name: 'oven.mp4', kind: 'mp4' as const, size: 40_000_000, alt: '' },
        { hash: 'c'.repeat(64), name: 'team.jpg', kind: 'jpeg' as const, size: 1_900_000, alt: language === 'en' ? 'The bakers at dawn' : 'Les boulangers à l’aube' },
      ];
      const posts = REVIEW_POSTS.map((p) => (p.id === 'p-launch' ? { ...p, media } : p));
      const url = writePack(reviewInput({ language, posts, packId: `pack-media-${language}-${scheme}`, thumbnails: { 'p-launch': [thumb] } }));
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: 1280, height: 800 });
      const watch = await openPack(page, url);
      const img = page.locator('#post-0 .media img');
      await expect(img).toHaveCount(1);
      await expect(img).toHaveAttribute('alt', alt);
      // Decoded and drawn: the CSP let the data: image through.
      expect(await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(480);
      await expect(page.locator('#post-0')).toContainText(language === 'en' ? 'Carousel of 3' : 'Carrousel de 3');
      await expect(page.locator('#post-0 .alts li')).toHaveText(
        language === 'en'
          ? [`Picture 1: ${alt}`, 'Video 2: not written yet', 'Picture 3: The bakers at dawn']
          : [`Image 1\u00a0: ${alt}`, 'Vidéo 2\u00a0: pas encore écrit', 'Image 3\u00a0: Les boulangers à l’aube'],
      );
      await page.evaluate(() => document.getElementById('post-0')!.scrollIntoView());
      await page.screenshot({ path: join(info.project.outputDir, 'screens', `review-pack-media-${language}-${scheme}.png`) });
      expect(outside(watch, url)).toEqual([]);
      expect(watch.violations).toEqual([]);
      expect(watch.errors).toEqual([]);
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
    });
  }
}
