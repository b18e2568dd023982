import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { addPost, card, createClient, dropPictures, openApp } from './helpers';

// Issue 18 in the editor: real PNGs (drawn on a canvas in the page) dropped on the editor, decoded and
// thumbnailed by the worker, alt text written for one, the missing mark on the other, saved with the post.
// Screens: test-results/screens/media-attach-*.png (EN/FR, light/dark, 1280x720 and 1024x700).

test('two pictures dropped on the editor get thumbnails, alt text for one, the missing mark on the other, and are saved with the post', async ({ page }, info) => {
  test.setTimeout(120_000);
  await openApp(page);
  await createClient(page, 'Bloom Bakery', { channels: ['Instagram'] });
  await addPost(page, '2026-11-26', { title: 'Croissant carousel', format: 'Carousel' });
  await card(page, '2026-11-26', 'Croissant carousel').click();
  const editor = page.getByRole('complementary', { name: 'Edit post' });
  const media = editor.getByRole('region', { name: 'Media' });
  await expect(media).toContainText('Images up to 30 MB, videos up to 500 MB; JPEG, PNG, WebP, GIF, HEIC, MP4, MOV, WebM');

  // Dropped on the title, not on the drop zone: anywhere on the editor adds them.
  const started = Date.now();
  await dropPictures(page, 'aside.editor input', [
    { name: 'croissant-golden.png', width: 1600, height: 2000, colour: '#d08a2e' },
    { name: 'croissant-cut.png', width: 1200, height: 1200, colour: '#7a4b1c' },
  ]);
  const thumbs = media.locator('.media-thumb img');
  await expect(thumbs).toHaveCount(2);
  await expect.poll(() => thumbs.evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).naturalWidth))).toEqual([384, 480]);
  const measure = `two PNGs (1600x2000, 1200x1200) dropped → both thumbnails shown in ${Date.now() - started} ms`;
  info.annotations.push({ type: 'measure', description: measure });
  console.log(measure);
  await expect(media.getByText('1 of 2 · ')).toBeVisible();

  await media.getByLabel('Alt text “croissant-golden.png”').fill('A golden croissant on a white plate');
  await expect(media.getByText('Missing alt text')).toHaveCount(1);
  await expect(media.locator('[data-media-hash]').nth(1)).toContainText('Missing alt text');
  await expect(media.getByRole('heading')).toContainText('1 item has no alt text yet');

  // A file that only claims to be a PNG is refused by name, nothing added.
  await dropPictures(page, 'aside.editor .media-drop', [{ name: 'recipe.png', text: 'Flour, butter, time.' }]);
  await expect(page.getByRole('alert').filter({ hasText: '“recipe.png” is not a picture or a video Cadence accepts' })).toBeVisible();
  await expect(thumbs).toHaveCount(2);

  // The section with its items (thumbnails, alt fields, marks, buttons), checked in both themes.
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    const results = await new AxeBuilder({ page }).include('aside.editor .media-field').analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), theme).toEqual([]);
  }

  const shot = (name: string) => page.screenshot({ path: join(info.project.outputDir, 'screens', `media-attach-${name}.png`) });
  for (const language of ['en', 'fr'] as const) {
    await page.locator('.language-picker select').selectOption(language);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      for (const [width, height] of [[1280, 720], [1024, 700]] as const) {
        await page.setViewportSize({ width, height });
        await page.locator('aside.editor .media-field').scrollIntoViewIfNeeded();
        await shot(`${language}-${theme}-${width}`);
      }
    }
  }
  await page.locator('.language-picker select').selectOption('en');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 800 });

  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();
  await card(page, '2026-11-26', 'Croissant carousel').click();
  await expect(media.getByLabel('Alt text “croissant-golden.png”')).toHaveValue('A golden croissant on a white plate');
  await expect(media.getByLabel('Alt text “croissant-cut.png”')).toHaveValue('');
  await expect(media.locator('.media-name')).toHaveText(['croissant-golden.png', 'croissant-cut.png']);
  await expect(thumbs).toHaveCount(2);
});

test('a 12-megapixel photo is thumbnailed off the page’s thread', async ({ page }, info) => {
  test.setTimeout(120_000);
  await openApp(page);
  await createClient(page, 'Bloom Bakery', { channels: ['Instagram'] });
  await addPost(page, '2026-11-26', { title: 'Big photo' });
  await card(page, '2026-11-26', 'Big photo').click();
  const media = page.getByRole('complementary', { name: 'Edit post' }).getByRole('region', { name: 'Media' });
  // Long tasks on the page's thread from the drop on (the canvas that draws the test picture runs before).
  const picture = { name: 'IMG_4032.png', width: 4032, height: 3024, colour: '#c2410c' };
  await page.evaluate(() => {
    const w = window as unknown as { longest: number };
    w.longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longest = Math.max(w.longest, entry.duration);
    }).observe({ type: 'longtask' });
  });
  const started = Date.now();
  await dropPictures(page, 'aside.editor .media-drop', [picture]);
  const thumb = media.locator('.media-thumb img');
  await expect.poll(() => thumb.evaluate((img) => (img as HTMLImageElement).naturalWidth), { timeout: 20_000 }).toBe(480);
  const elapsed = Date.now() - started;
  const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);
  // A 0 ms figure means something only where the browser reports long tasks at all.
  expect(await page.evaluate(() => PerformanceObserver.supportedEntryTypes.includes('longtask'))).toBe(true);
  const measure = `4032x3024 PNG: drawn, dropped and thumbnailed in ${elapsed} ms; longest task (over 50 ms) on the page ${Math.round(longest)} ms (includes drawing and encoding the test picture, and hashing its bytes)`;
  info.annotations.push({ type: 'measure', description: measure });
  console.log(measure);
  await expect(media.getByText(/1 of 1 · /)).toBeVisible();
});

test('a video gets its first frame as a thumbnail, through a <video> element and the worker', async ({ page }, info) => {
  test.setTimeout(120_000);
  await openApp(page);
  await createClient(page, 'Bloom Bakery', { channels: ['Instagram'] });
  await addPost(page, '2026-11-26', { title: 'Oven reel' });
  await card(page, '2026-11-26', 'Oven reel').click();
  const media = page.getByRole('complementary', { name: 'Edit post' }).getByRole('region', { name: 'Media' });
  const started = Date.now();
  // A real WebM, recorded in the page from a canvas (orange, then blue after the first frames).
  await page.evaluate(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 640;
    canvas.height = 360;
    const context = canvas.getContext('2d')!;
    const recorder = new MediaRecorder(canvas.captureStream(25), { mimeType: 'video/webm' });
    const chunks: Blob[] = [];
    recorder.ondataavailable = (event) => chunks.push(event.data);
    const stopped = new Promise((resolve) => (recorder.onstop = resolve));
    recorder.start();
    for (let frame = 0; frame < 20; frame++) {
      context.fillStyle = frame < 10 ? '#ea580c' : '#2563eb';
      context.fillRect(0, 0, 640, 360);
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
    recorder.stop();
    await stopped;
    const transfer = new DataTransfer();
    transfer.items.add(new File(chunks, 'oven-reel.webm', { type: 'video/webm' }));
    const target = document.querySelector('aside.editor .media-drop')!;
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  });
  const thumb = media.locator('.media-thumb img');
  await expect.poll(() => thumb.evaluate((img) => [(img as HTMLImageElement).naturalWidth, (img as HTMLImageElement).naturalHeight]), { timeout: 20_000 }).toEqual([480, 270]);
  // The frame at 0.1 s: still the orange of the first frames, not the blue that follows.
  const [red, , blue] = await thumb.evaluate((img) => {
    const canvas = document.createElement('canvas');
    canvas.width = 4;
    canvas.height = 4;
    const context = canvas.getContext('2d')!;
    context.drawImage(img as HTMLImageElement, 0, 0, 4, 4);
    return [...context.getImageData(2, 2, 1, 1).data];
  });
  expect(red).toBeGreaterThan(180);
  expect(blue).toBeLessThan(80);
  await expect(media.getByLabel('Video')).toBeVisible();
  await expect(media.locator('.media-name')).toHaveText(['oven-reel.webm']);
  const measure = `a 0.8 s 640x360 WebM recorded, dropped and given its first-frame thumbnail in ${Date.now() - started} ms`;
  info.annotations.push({ type: 'measure', description: measure });
  console.log(measure);
});
