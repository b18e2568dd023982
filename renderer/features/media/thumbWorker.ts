/**
 * The Web Worker that decodes pictures and makes their thumbnails off the page's thread (issue 18):
 * decoding a 30 MB photo takes long enough to freeze the window. Started once per session by
 * decoder.ts with `new Worker(new URL('./thumbWorker.ts', import.meta.url), { type: 'module' })`;
 * Vite bundles it as its own file under the app's origin, which the CSP's `script-src 'self'` allows.
 */
import { makeThumbnail, type ThumbReply, type ThumbRequest } from './thumbnail';

const reply = (message: ThumbReply): void => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<ThumbRequest>) => {
  const { id, source } = event.data;
  makeThumbnail(source).then(
    (result) => reply({ id, ok: true, result }),
    (error: unknown) => reply({ id, ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
});
