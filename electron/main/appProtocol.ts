import * as nodePath from 'node:path';
import { readFile, stat } from 'node:fs/promises';
import type { CustomScheme } from 'electron';

/**
 * The `app://cadence/` scheme that serves the built renderer to the desktop window.
 *
 * SECURITY / DATA TRAP: this module maps URLs onto files on disk, so a careless join lets a page read
 * any file (`app://cadence/../../etc/passwd`, `%2e%2e`, `%2f`, `\`): every path goes through
 * `resolveAppPath`, which refuses anything that leaves the renderer folder. And the scheme, host and
 * storage settings here fix the origin that owns the user's IndexedDB: change them and every user
 * opens an empty calendar (their data stays behind under the old origin).
 *
 * Why app:// and not file://: file:// pages get an opaque or shared origin (all local files are "the
 * same site", and Chromium treats their storage specially), relative module scripts and fetch behave
 * differently, and the path of the install folder would leak into the origin on some platforms. A
 * standard, secure custom scheme gives one stable origin, `app://cadence`, wherever the app is
 * installed, with normal web semantics (relative URLs, fetch, secure context, IndexedDB).
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'cadence';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** Every trusted URL starts with this prefix (the trailing slash stops `app://cadence.evil`). */
export const APP_URL_PREFIX = `${APP_ORIGIN}/`;
export const APP_ENTRY_URL = `${APP_URL_PREFIX}index.html`;

/**
 * Must be registered before `app` is ready, exactly once. `standard` is what makes web storage
 * (IndexedDB, localStorage) available to the scheme and keeps it persistent across launches; Electron
 * has no separate "storage" privilege. `secure` makes pages a secure context. No `bypassCSP`: our
 * own CSP header must apply.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

/**
 * The Content-Security-Policy of every response, in the desktop shell and in web mode
 * (scripts/start.mjs repeats it; a unit test checks both are equal). No inline script, no remote
 * origin: the app is offline-first and a content calendar renders user-written text.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  // A video's first frame for its thumbnail is read from a blob: URL (renderer/features/media/decoder.ts).
  "media-src 'self' blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export const mimeTypeFor = (filePath: string): string =>
  MIME_TYPES[nodePath.extname(filePath).toLowerCase()] ?? 'application/octet-stream';

type PathApi = Pick<typeof nodePath, 'resolve' | 'sep'>;

/**
 * The file under `rootDir` that `url` names, or null when the URL is not ours or would leave
 * `rootDir`. `pathApi` lets tests check Windows path rules on any OS.
 */
export const resolveAppPath = (
  rootDir: string,
  url: string,
  pathApi: PathApi = nodePath,
): string | null => {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;

  let decoded: string;
  try {
    // URL parsing already folds `..` and `%2e%2e`, but not `%2f` or `%5c`: decoding can produce new
    // separators, which is why the containment check below runs on the final resolved path.
    decoded = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;

  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^[/\\]+/, '');
  const root = pathApi.resolve(rootDir);
  const target = pathApi.resolve(root, relative);
  return target.startsWith(root + pathApi.sep) ? target : null;
};

const textResponse = (status: number, body: string): Response =>
  new Response(body, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });

/** The `protocol.handle('app', …)` handler: files from `rootDir`, read-only, 404 for the rest. */
export const createAppProtocolHandler =
  (rootDir: string) =>
  async (request: Request): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
    const filePath = resolveAppPath(rootDir, request.url);
    if (filePath === null) return textResponse(404, 'Not found');
    try {
      if (!(await stat(filePath)).isFile()) return textResponse(404, 'Not found');
      const body = request.method === 'HEAD' ? null : new Uint8Array(await readFile(filePath));
      return new Response(body, {
        status: 200,
        headers: { ...SECURITY_HEADERS, 'Content-Type': mimeTypeFor(filePath), 'Cache-Control': 'no-cache' },
      });
    } catch {
      return textResponse(404, 'Not found');
    }
  };
