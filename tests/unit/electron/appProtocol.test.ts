import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_SCHEME_PRIVILEGES,
  CONTENT_SECURITY_POLICY,
  createAppProtocolHandler,
  mimeTypeFor,
  resolveAppPath,
} from '../../../electron/main/appProtocol';

const ROOT = '/opt/cadence/out/renderer';

describe('resolveAppPath', () => {
  it('maps app://cadence/ paths into the renderer folder, / to index.html', () => {
    expect(resolveAppPath(ROOT, 'app://cadence/')).toBe(`${ROOT}/index.html`);
    expect(resolveAppPath(ROOT, APP_ENTRY_URL)).toBe(`${ROOT}/index.html`);
    expect(resolveAppPath(ROOT, 'app://cadence/assets/index-abc.js?v=1#x')).toBe(`${ROOT}/assets/index-abc.js`);
    expect(resolveAppPath(ROOT, 'app://cadence/fonts/Inter%20Var.woff2')).toBe(`${ROOT}/fonts/Inter Var.woff2`);
  });

  it.each([
    'app://cadence/..%2f..%2fetc/passwd',
    'app://cadence/assets/..%2F..%2F..%2Fetc%2Fpasswd',
    'app://cadence/%2e%2e%2f%2e%2e%2fetc/passwd',
    'app://cadence/..%5c..%5cetc%5cpasswd/../..',
    'app://cadence/%2Fetc%2Fpasswd/..',
    'app://cadence/..',
  ])('never leaves the renderer folder: %s', (url) => {
    const resolved = resolveAppPath(ROOT, url);
    // Either refused, or (when URL parsing already folded the dots) still inside the folder.
    if (resolved !== null) expect(resolved.startsWith(`${ROOT}/`)).toBe(true);
  });

  it.each([
    'app://cadence/..%2f..%2fetc/passwd',
    'app://cadence/%2e%2e%2f%2e%2e%2fsecret',
    'app://cadence/assets/..%2F..%2F..%2Fsecret',
  ])('refuses an encoded traversal outright: %s', (url) => {
    expect(resolveAppPath(ROOT, url)).toBeNull();
  });

  it('folds plain ../ and %2e%2e segments inside the folder (URL parsing), never above it', () => {
    expect(resolveAppPath(ROOT, 'app://cadence/../../etc/passwd')).toBe(`${ROOT}/etc/passwd`);
    expect(resolveAppPath(ROOT, 'app://cadence/%2e%2e/%2e%2e/etc/passwd')).toBe(`${ROOT}/etc/passwd`);
  });

  it('serves index.html for the folder itself; refuses NUL bytes, malformed escapes, other hosts and schemes', () => {
    expect(resolveAppPath(ROOT, 'app://cadence/.')).toBe(`${ROOT}/index.html`);
    expect(resolveAppPath(ROOT, 'app://cadence/index.html%00.png')).toBeNull();
    expect(resolveAppPath(ROOT, 'app://cadence/%E0%A4%A')).toBeNull();
    expect(resolveAppPath(ROOT, 'app://evil/index.html')).toBeNull();
    expect(resolveAppPath(ROOT, 'file:///etc/passwd')).toBeNull();
    expect(resolveAppPath(ROOT, 'not a url')).toBeNull();
  });

  it('applies Windows path rules: backslashes, drive letters and UNC paths cannot escape', () => {
    const winRoot = 'C:\\Program Files\\Cadence\\resources\\out\\renderer';
    const win = path.win32;
    expect(resolveAppPath(winRoot, 'app://cadence/assets/a.js', win)).toBe(`${winRoot}\\assets\\a.js`);
    expect(resolveAppPath(winRoot, 'app://cadence/..%5c..%5cWindows%5cwin.ini', win)).toBeNull();
    expect(resolveAppPath(winRoot, 'app://cadence/C:%5cWindows%5cwin.ini', win)).toBeNull();
    expect(resolveAppPath(winRoot, 'app://cadence/D:/secret.txt', win)).toBeNull();
    // A UNC path loses its leading separators and stays a relative path inside the folder.
    expect(resolveAppPath(winRoot, 'app://cadence/%5c%5cserver%5cshare%5cx', win)).toBe(`${winRoot}\\server\\share\\x`);
  });
});

describe('the CSP and scheme privileges', () => {
  it('is strict: self only, no inline script, no remote origins, no plugins/base/forms/framing', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split(';').map((part) => {
        const [name, ...values] = part.trim().split(/\s+/);
        return [name, values.join(' ')];
      }),
    );
    expect(directives).toEqual({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self'",
      'img-src': "'self' data: blob:",
      'media-src': "'self' blob:",
      'font-src': "'self' data:",
      'connect-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'form-action': "'none'",
      'frame-ancestors': "'none'",
    });
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });

  it('registers app:// as standard (web storage) and secure, without bypassing the CSP', () => {
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe('app');
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({ standard: true, secure: true, supportFetchAPI: true });
    expect(APP_SCHEME_PRIVILEGES.privileges?.bypassCSP).not.toBe(true);
  });

  it('knows the MIME types of a Vite build', () => {
    expect(mimeTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('/x/a.JS')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('/x/a.css')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('/x/a.svg')).toBe('image/svg+xml');
    expect(mimeTypeFor('/x/a.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('/x/unknown.bin')).toBe('application/octet-stream');
  });
});

describe('createAppProtocolHandler', () => {
  let base: string;
  let root: string;
  let handler: (request: Request) => Promise<Response>;

  beforeAll(() => {
    base = mkdtempSync(path.join(tmpdir(), 'cadence-protocol-'));
    root = path.join(base, 'renderer');
    mkdirSync(path.join(root, 'assets'), { recursive: true });
    writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Cadence</title>');
    writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log("hi")');
    // Next to the renderer folder, where a traversal would land.
    writeFileSync(path.join(base, 'secret.txt'), 'TOP SECRET');
    handler = createAppProtocolHandler(root);
  });
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  const get = (url: string, method = 'GET') => handler(new Request(url, { method }));

  it('serves index.html for / with its MIME type and the CSP', async () => {
    const response = await get('app://cadence/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Cadence</title>');
  });

  it('serves assets as JavaScript', async () => {
    const response = await get('app://cadence/assets/app.js');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log("hi")');
  });

  it('answers 404, still with the CSP, for missing files and folders', async () => {
    for (const url of ['app://cadence/missing.js', 'app://cadence/assets', 'app://cadence/assets/']) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('does not serve a file next to the renderer folder through an encoded traversal', async () => {
    for (const url of ['app://cadence/..%2fsecret.txt', 'app://cadence/assets/..%2F..%2Fsecret.txt', 'app://cadence/%2e%2e%2fsecret.txt']) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('TOP SECRET');
    }
  });

  it('only reads: HEAD has no body, POST is refused', async () => {
    const head = await get('app://cadence/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get('app://cadence/index.html', 'POST')).status).toBe(405);
  });
});
