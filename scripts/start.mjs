#!/usr/bin/env node
/**
 * `npm start` / `npm run web`: builds Cadence, then opens the desktop app, or serves the web build
 * where Electron cannot run (its binary cannot be downloaded on offline machines, or there is no
 * display).
 *
 *   node scripts/start.mjs [--web] [--no-build] [--port N] [--root DIR]
 *
 * DATA TRAP: in web mode the calendar lives in the browser's IndexedDB, which belongs to an origin,
 * and the port is part of the origin. So the server uses ONE fixed port (5174, or --port /
 * CADENCE_PORT) and never moves to a free one: it refuses to start when the port is taken, because a
 * different port would show the user an empty calendar.
 *
 * SECURITY: the static server maps URLs onto files, so every path is checked to stay inside the served
 * folder (`..`, `%2e%2e`, `%2f`, `%5c`); it listens on 127.0.0.1 only, answers only requests addressed
 * to localhost/127.0.0.1 (DNS rebinding), and sends the desktop shell's Content-Security-Policy
 * (electron/main/appProtocol.ts; a unit test checks both are equal).
 *
 * Output: stdout carries only the one-sentence status and then the URL on its own line (scripts and
 * Playwright's webServer read it); build logs and progress go to stderr.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const DEFAULT_PORT = 5174;
const INSTALL_TIMEOUT_MS = 60_000;

const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

const MIME_TYPES = {
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

const log = (message) => process.stdout.write(`${message}\n`);
const note = (message) => process.stderr.write(`${message}\n`);
const fail = (message, code = 1) => {
  note(message);
  process.exit(code);
};

const USAGE = 'Usage: node scripts/start.mjs [--web] [--no-build] [--port N] [--root DIR]';

const readOptions = () => {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        web: { type: 'boolean', default: false },
        'no-build': { type: 'boolean', default: false },
        port: { type: 'string' },
        root: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    fail(`${error.message}\n${USAGE}`, 2);
  }
  if (values.help) {
    log(USAGE);
    process.exit(0);
  }
  const rawPort = values.port ?? process.env.CADENCE_PORT ?? String(DEFAULT_PORT);
  const port = /^\d+$/.test(rawPort) ? Number(rawPort) : NaN;
  if (!(port >= 1 && port <= 65535)) fail(`"${rawPort}" is not a port number (1–65535).\n${USAGE}`, 2);
  return {
    web: values.web,
    build: !values['no-build'],
    port,
    root: path.resolve(values.root ?? path.join(ROOT, 'out', 'renderer')),
  };
};

const build = () => {
  note('Building Cadence (electron-vite build)…');
  const bin = path.join(path.dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
  // Build logs go to stderr so stdout stays the status sentence and the URL.
  const result = spawnSync(process.execPath, [bin, 'build'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) fail('The build failed (see above). Fix it, or add --no-build to run the last build.');
};

/** The Electron executable, or null when its binary is not there. */
const findElectronBinary = () => {
  let dir;
  try {
    dir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    return { dir: null, binary: null };
  }
  const pathFile = path.join(dir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const binary = relative ? path.join(dir, 'dist', relative) : null;
  return { dir, binary: binary && existsSync(binary) ? binary : null };
};

/** The Electron binary, fetched once if needed; or the reason the desktop shell cannot run. */
const prepareElectron = () => {
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { binary: null, reason: 'there is no graphical display' };
  }
  const found = findElectronBinary();
  if (found.binary) return { binary: found.binary, reason: null };
  if (!found.dir) return { binary: null, reason: 'the electron package is not installed' };
  const skip = process.env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  if (skip && skip !== '0' && skip !== 'false') {
    return { binary: null, reason: "Electron's binary is missing and ELECTRON_SKIP_BINARY_DOWNLOAD is set" };
  }
  note(`Electron's binary is missing; trying once to download it (at most ${INSTALL_TIMEOUT_MS / 1000} s)…`);
  const result = spawnSync(process.execPath, [path.join(found.dir, 'install.js')], {
    cwd: found.dir,
    timeout: INSTALL_TIMEOUT_MS,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  if (process.env.CADENCE_DEBUG) note(`${result.stdout ?? ''}${result.stderr ?? ''}`);
  const binary = findElectronBinary().binary;
  return binary ? { binary, reason: null } : { binary: null, reason: "Electron's binary could not be installed" };
};

const launchDesktop = (binary, onSpawnError) => {
  if (!existsSync(path.join(ROOT, 'out', 'main', 'index.js'))) {
    fail('There is no build in out/ yet: run `npm start` without --no-build (or `npm run build`) first.');
  }
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // set, it would run our main file as plain Node
  const child = spawn(binary, ['.'], { cwd: ROOT, stdio: 'inherit', env });
  let started = true;
  const forward = (signal) => child.kill(signal);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, forward);
  child.on('error', (error) => {
    started = false;
    for (const signal of ['SIGINT', 'SIGTERM']) process.off(signal, forward);
    onSpawnError(error);
  });
  child.on('exit', (code, signal) => {
    if (started) process.exit(code ?? (signal ? 1 : 0));
  });
};

/** The file under `root` that a request path names, or null when it is malformed or leaves `root`. */
const resolveWebPath = (root, requestUrl) => {
  let decoded;
  try {
    decoded = decodeURIComponent(new URL(requestUrl, 'http://localhost').pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^[/\\]+/, '');
  const target = path.resolve(root, relative);
  return target.startsWith(root + path.sep) ? target : null;
};

const createHandler = (root, port) => {
  const allowedHosts = new Set([`localhost:${port}`, `127.0.0.1:${port}`]);
  return async (request, response) => {
    const send = (status, body, headers = {}) => {
      response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...headers });
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, 'Method not allowed', { Allow: 'GET, HEAD' });
    if (!allowedHosts.has(String(request.headers.host).toLowerCase())) return send(421, 'Misdirected request');
    const filePath = resolveWebPath(root, request.url ?? '/');
    if (!filePath) return send(404, 'Not found');
    try {
      if (!(await stat(filePath)).isFile()) return send(404, 'Not found');
      const body = await readFile(filePath);
      const type = MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
      return send(200, body, { 'Content-Type': type, 'Cache-Control': 'no-cache' });
    } catch {
      return send(404, 'Not found');
    }
  };
};

const serveWeb = ({ root, port }, desktopReason) => {
  const url = `http://localhost:${port}/`;
  const unavailable = desktopReason
    ? `The Cadence desktop shell is unavailable here (${desktopReason}), so Cadence`
    : 'Cadence';
  if (!existsSync(path.join(root, 'index.html'))) {
    fail(`${unavailable} cannot be served: ${path.relative(ROOT, root) || root} has no index.html. Run \`npm run build\` first, or drop --no-build.`);
  }
  const server = createServer(createHandler(root, port));
  server.on('error', (error) => {
    if (error.code === 'EADDRINUSE') {
      fail(
        `${unavailable} cannot start its web app: port ${port} is already in use. It will not switch to another ` +
          `port, because the browser keeps your calendar per address and another port would show an empty one. ` +
          `Stop the program using port ${port}, or choose a port with --port N (e.g. \`npm run web -- --port 5180\`) ` +
          `or CADENCE_PORT=N, and keep using that same port.`,
      );
    }
    fail(`${unavailable} cannot start its web app on port ${port}: ${error.message}`);
  });
  server.listen(port, '127.0.0.1', () => {
    log(`${unavailable} is running as a web app at ${url} — open it in your browser.`);
    log(url);
    if (process.stdout.isTTY) note('Press Ctrl+C to stop.');
  });
  const stop = () => {
    server.close();
    server.closeAllConnections();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
};

const main = () => {
  const options = readOptions();
  if (options.build) build();
  if (options.web) return serveWeb(options, null);
  const electron = prepareElectron();
  if (!electron.binary) return serveWeb(options, electron.reason);
  launchDesktop(electron.binary, (error) => serveWeb(options, `Electron could not be started: ${error.message}`));
};

main();
