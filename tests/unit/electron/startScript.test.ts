import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/appProtocol';

/**
 * scripts/start.mjs in web mode, as Playwright's webServer runs it (`--web --no-build --port N`), on a
 * temporary folder (`--root`) so the test does not depend on a build.
 */

const REPO = path.resolve(__dirname, '../../..');
const SCRIPT = path.join(REPO, 'scripts/start.mjs');

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });

type Run = { child: ChildProcess; stdout: () => string; stderr: () => string; exited: Promise<number | null> };

const run = (args: string[], env: Record<string, string> = {}): Run => {
  const child = spawn(process.execPath, [SCRIPT, ...args], { cwd: REPO, env: { ...process.env, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
};

const waitForUrlLine = async (started: Run): Promise<string> => {
  for (let i = 0; i < 100; i += 1) {
    const line = started.stdout().split('\n').find((l) => /^http:\/\/\S+$/.test(l));
    if (line) return line;
    if (started.child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no URL line; stdout: ${started.stdout()} stderr: ${started.stderr()}`);
};

/** A raw request, so the path is sent as written (fetch would fold `..`). */
const get = (port: number, rawPath: string, method = 'GET', host = `127.0.0.1:${port}`) =>
  new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: rawPath, method, headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });

let base: string;
let root: string;
let port: number;
let server: Run;

beforeAll(async () => {
  base = mkdtempSync(path.join(tmpdir(), 'cadence-web-'));
  root = path.join(base, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Cadence</title>');
  writeFileSync(path.join(root, 'assets', 'app.js'), 'export {};');
  writeFileSync(path.join(root, 'assets', 'app.css'), 'body{}');
  writeFileSync(path.join(base, 'secret.txt'), 'TOP SECRET');
  port = await freePort();
  server = run(['--web', '--no-build', '--port', String(port), '--root', root]);
  await waitForUrlLine(server);
});

afterAll(async () => {
  server?.child.kill('SIGTERM');
  await server?.exited;
  rmSync(base, { recursive: true, force: true });
});

describe('scripts/start.mjs --web', () => {
  it('prints one status sentence, then the URL on its own line, on stdout', () => {
    const lines = server.stdout().trim().split('\n');
    expect(lines).toEqual([
      `Cadence is running as a web app at http://localhost:${port}/ — open it in your browser.`,
      `http://localhost:${port}/`,
    ]);
  });

  it('serves index.html for / with the desktop shell CSP', async () => {
    const response = await get(port, '/');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.body).toContain('<title>Cadence</title>');
  });

  it('serves assets with their MIME types, and 404 (with CSP) for the rest', async () => {
    expect((await get(port, '/assets/app.js')).headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await get(port, '/assets/app.css')).headers['content-type']).toBe('text/css; charset=utf-8');
    const missing = await get(port, '/nope.js');
    expect(missing.status).toBe(404);
    expect(missing.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect((await get(port, '/assets')).status).toBe(404);
  });

  it.each([
    '/../secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    `/${'..%2f'.repeat(12)}etc/passwd`,
  ])('refuses the traversal %s', async (rawPath) => {
    const response = await get(port, rawPath);
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('TOP SECRET');
    expect(response.body).not.toContain('root:');
  });

  it('answers only requests addressed to localhost (DNS rebinding) and only reads', async () => {
    expect((await get(port, '/', 'GET', `localhost:${port}`)).status).toBe(200);
    expect((await get(port, '/', 'GET', `evil.example:${port}`)).status).toBe(421);
    expect((await get(port, '/', 'POST')).status).toBe(405);
    const head = await get(port, '/', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('refuses to move when its port is taken: says so and exits 1', async () => {
    const second = run(['--web', '--no-build', '--port', String(port), '--root', root]);
    expect(await second.exited).toBe(1);
    expect(second.stdout()).toBe('');
    expect(second.stderr()).toMatch(new RegExp(`port ${port} is already in use`));
    expect(second.stderr()).toMatch(/--port/);
  });

  it('reads the port from CADENCE_PORT and rejects a bad one', async () => {
    const taken = run(['--web', '--no-build', '--root', root], { CADENCE_PORT: String(port) });
    expect(await taken.exited).toBe(1);
    expect(taken.stderr()).toMatch(new RegExp(`port ${port} is already in use`));
    const bad = run(['--web', '--no-build', '--root', root], { CADENCE_PORT: '70000' });
    expect(await bad.exited).toBe(2);
  });

  it('says clearly when there is no build to serve', async () => {
    const empty = run(['--web', '--no-build', '--port', String(await freePort()), '--root', path.join(base, 'nothing')]);
    expect(await empty.exited).toBe(1);
    expect(empty.stderr()).toMatch(/npm run build/);
  });

  it('keeps the CSP identical to the desktop shell (the script repeats it)', () => {
    const source = readFileSync(SCRIPT, 'utf8');
    for (const directive of CONTENT_SECURITY_POLICY.split('; ')) expect(source).toContain(`"${directive}"`);
  });
});

const electronDir = path.join(REPO, 'node_modules/electron');
const pathTxt = path.join(electronDir, 'path.txt');
const electronInstalled =
  existsSync(pathTxt) && existsSync(path.join(electronDir, 'dist', readFileSync(pathTxt, 'utf8').trim()));

describe.skipIf(electronInstalled)('scripts/start.mjs without Electron', () => {
  it('falls back to the web app and says why, in one sentence', async () => {
    const fallbackPort = await freePort();
    const fallback = run(['--no-build', '--port', String(fallbackPort), '--root', root], {
      ELECTRON_SKIP_BINARY_DOWNLOAD: '1',
    });
    try {
      expect(await waitForUrlLine(fallback)).toBe(`http://localhost:${fallbackPort}/`);
      expect(fallback.stdout()).toMatch(
        new RegExp(`^The Cadence desktop shell is unavailable here \\(.+\\), so Cadence is running as a web app at http://localhost:${fallbackPort}/ — open it in your browser\\.\\n`),
      );
      expect((await get(fallbackPort, '/')).status).toBe(200);
    } finally {
      fallback.child.kill('SIGTERM');
      await fallback.exited;
    }
  });
});
