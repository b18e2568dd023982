import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FuseV1Options } from '@electron/fuses';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import type { Configuration } from 'electron-builder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The installable app: electron-builder.yml as electron-builder itself reads and validates it,
 * scripts/dist.mjs where Electron's binary is missing, and the release workflow.
 */

const REPO = path.resolve(__dirname, '../../..');
const packageJson = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as Record<string, unknown>;

let config: Configuration;
beforeAll(async () => {
  config = await getConfig(REPO, null, null);
  // Throws on an unknown key or a wrong type, as `electron-builder` would before building.
  await validateConfiguration(config, new DebugLogger(false));
});

/** The `files` patterns; validateConfiguration normalises the list into file sets ({ filter: [...] }). */
const patternsOf = (built: Configuration): string[] =>
  [built.files].flat().flatMap((set) => (typeof set === 'string' ? [set] : [set?.filter ?? []].flat()));

/**
 * The npm packages the code reachable from `entries` imports at run time (type-only imports are
 * erased), following relative imports through electron/ and shared/. Built-ins are left out.
 */
const runtimePackagesFrom = (entries: string[]): string[] => {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const queue = entries.map((entry) => path.join(REPO, entry));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    for (const [, typeOnly, from] of source.matchAll(/^\s*(?:import|export)\s+(type\s+)?(?:[^'"]*?\sfrom\s+)?'([^']+)'/gm)) {
      if (typeOnly || !from) continue;
      if (from.startsWith('.')) {
        const base = path.resolve(path.dirname(file), from);
        queue.push(['.ts', '/index.ts'].map((ext) => base + ext).find((candidate) => existsSync(candidate)) ?? base);
      } else if (!from.startsWith('node:') && !builtinModules.includes(from)) {
        packages.add(from.startsWith('@') ? from.split('/').slice(0, 2).join('/') : from.split('/')[0]!);
      }
    }
  }
  return [...packages];
};

const targetsOf = (platform: 'linux' | 'win' | 'mac'): string[] => {
  const target = config[platform]?.target;
  const list = Array.isArray(target) ? target : [target];
  return list.map((t) => (typeof t === 'string' ? t : (t as { target: string }).target));
};

describe('electron-builder.yml', () => {
  it('builds AppImage and deb on Linux, an NSIS installer on Windows, dmg and zip on macOS', () => {
    expect(targetsOf('linux')).toEqual(['AppImage', 'deb']);
    expect(targetsOf('win')).toEqual(['nsis']);
    expect(targetsOf('mac')).toEqual(['dmg', 'zip']);
  });

  it('packs the app into an asar archive, with only the build and package.json as its files', () => {
    expect(config.asar).toBe(true);
    expect(patternsOf(config)).toEqual(['out/**/*', 'package.json', '!node_modules{,/**/*}', 'node_modules/zod/**/*']);
    expect(packageJson['main']).toBe('out/main/index.js');
    expect(config.directories?.output).toBe('dist');
    expect(config.publish).toBeNull();
  });

  it('packs every package the main process and the preload import at run time (and only those)', () => {
    const packed = patternsOf(config)
      .map((pattern) => /^node_modules\/((?:@[^/]+\/)?[^/]+)\/\*\*\/\*$/.exec(pattern)?.[1])
      .filter((name): name is string => name !== undefined);
    const imported = runtimePackagesFrom(['electron/main/index.ts', 'electron/preload/index.ts']);
    expect(imported).toContain('zod'); // the walk does see main's imports
    expect(packed.sort()).toEqual(imported.filter((name) => name !== 'electron').sort());
    for (const name of packed) {
      expect((packageJson['dependencies'] as Record<string, string>)[name], `${name} is a production dependency`).toBeDefined();
    }
  });

  it('sets every Electron fuse, to exactly these values', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
      loadBrowserProcessSpecificV8Snapshot: false,
      // Not a fuse: re-signs the macOS binary ad hoc after the flip (Apple Silicon needs a valid signature).
      resetAdHocDarwinSignature: true,
    });
  });

  it('names a fuse @electron/fuses knows for each setting, and leaves none of its fuses to the default', () => {
    const fuseNames = Object.keys(FuseV1Options).filter((key) => Number.isNaN(Number(key)));
    const configured = Object.keys(config.electronFuses ?? {})
      .filter((key) => key !== 'resetAdHocDarwinSignature')
      .map((key) => key[0]!.toUpperCase() + key.slice(1));
    expect(configured.sort()).toEqual(fuseNames.sort());
  });

  it('keeps the product name the calendar folder is named after, and uses a large PNG icon from resources/', () => {
    // userData (where IndexedDB lives) is named after productName: another name, an empty calendar.
    expect(config.productName).toBe('Cadence');
    expect(packageJson['productName']).toBe('Cadence');
    expect(config.icon).toBe('resources/icon.png');
    const png = readFileSync(path.join(REPO, 'resources/icon.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(1024); // macOS wants 1024×1024 for its icns
    expect(png.readUInt32BE(20)).toBe(png.readUInt32BE(16));
  });

  it('rebuilds no native module (there are none, and @electron/rebuild needs Node 22)', () => {
    expect(config.npmRebuild).toBe(false);
  });

  it('is run by `npm run dist`', () => {
    expect((packageJson['scripts'] as Record<string, string>)['dist']).toBe('node scripts/dist.mjs');
  });
});

describe('scripts/dist.mjs where Electron\'s binary is missing', () => {
  let electronDir: string;
  beforeAll(() => {
    // An electron package without its binary, as `npm ci` leaves it with ignore-scripts.
    electronDir = mkdtempSync(path.join(tmpdir(), 'cadence-no-electron-'));
    writeFileSync(path.join(electronDir, 'package.json'), '{"name":"electron","version":"45.6.0"}');
  });
  afterAll(() => rmSync(electronDir, { recursive: true, force: true }));

  const dist = (env: Record<string, string | undefined>) => {
    const result = spawnSync(process.execPath, [path.join(REPO, 'scripts/dist.mjs'), '--electron-dir', electronDir], {
      cwd: REPO,
      env: { ...process.env, ...env },
      encoding: 'utf8',
      timeout: 30_000,
    });
    return { status: result.status, stdout: result.stdout, lines: result.stderr.trim().split('\n') };
  };

  it('says so in one sentence and exits with 1 when downloading is switched off, without building', () => {
    const { status, stdout, lines } = dist({ ELECTRON_SKIP_BINARY_DOWNLOAD: '1' });
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(lines).toEqual([
      "Cadence's installer cannot be built here: Electron's binary is missing and ELECTRON_SKIP_BINARY_DOWNLOAD " +
        'forbids downloading it, and electron-builder needs it to package the app.',
    ]);
  });

  it('tries the download once, then says so in one sentence and exits with 1 when it fails', () => {
    const marker = path.join(electronDir, 'tried');
    writeFileSync(
      path.join(electronDir, 'install.js'),
      `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'yes'); process.exit(1);`,
    );
    const { status, stdout, lines } = dist({ ELECTRON_SKIP_BINARY_DOWNLOAD: undefined });
    expect(readFileSync(marker, 'utf8')).toBe('yes');
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(lines).toEqual([
      "Cadence's installer cannot be built here: Electron's binary is missing and could not be downloaded, " +
        'and electron-builder needs it to package the app.',
    ]);
  });
});

describe('.github/workflows/release.yml', () => {
  const workflow = readFileSync(path.join(REPO, '.github/workflows/release.yml'), 'utf8');

  it('runs on a pushed v* tag, on Linux, Windows and macOS', () => {
    expect(workflow).toMatch(/on:\s+push:\s+tags:\s+- ['"]?v\*['"]?/);
    for (const os of ['ubuntu-latest', 'windows-latest', 'macos-latest']) expect(workflow).toContain(os);
  });

  it('installs from the lockfile, builds with `npm run dist` and attaches the installers to the release', () => {
    expect(workflow).toMatch(/npm ci\b/);
    expect(workflow).toMatch(/npm run dist\b/);
    expect(workflow).toMatch(/actions\/upload-artifact@v\d/);
    expect(workflow).toMatch(/softprops\/action-gh-release@v\d|gh release upload/);
    for (const pattern of ['*.AppImage', '*.deb', '*.exe', '*.dmg', '*.zip']) expect(workflow).toContain(`dist/${pattern}`);
  });
});
