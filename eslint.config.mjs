// ESLint flat config for Cadence.
//
// Besides the usual hygiene, this file enforces the project's LAYERING (see tests/unit/lint/layering.test.ts):
//   renderer/  may not reach into electron/ nor the 'electron' module (it talks to main only via the preload bridge)
//   electron/  may not reach into renderer/
//   shared/    is pure TypeScript: no React, no Dexie, no Electron, no Node builtins, no renderer/ or electron/
//   Dexie      ('dexie', 'dexie-react-hooks') only in renderer/db/** (and in tests/**/db/** migration harnesses)
//   renderer/features/<name>/ import each other ONE WAY: a folder imports only folders of a lower layer
//              (FEATURE_LAYERS below), so no two feature folders ever import each other, even through a third
//
// Flat-config trap: when several config objects set `no-restricted-imports` for the same file, the LAST one
// wins outright (its options replace, they do not merge). So each directory gets exactly one object below,
// whose pattern list is assembled from the building blocks here.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const SOURCE_FILES = ['**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}'];

/** Escapes a module name for use inside a RegExp source. */
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * A restriction on every import path that reaches a TOP-LEVEL folder of the repo:
 * - any path with a `/<folder>/` segment ('../../electron/preload', '/abs/electron/x');
 * - a relative import of the folder itself ('../../electron', resolved through its index file).
 */
const folderPattern = (folder, message) => ({
  regex: `/${escapeRe(folder)}/|^(\\.{1,2}/)+${escapeRe(folder)}$`,
  message,
});

/** A restriction on npm packages by name, including their subpaths ('react-dom/client'). */
const packagesPattern = (names, message) => ({
  regex: `^(${names.map(escapeRe).join('|')})(/.*)?$`,
  message,
});

const NO_DEXIE = packagesPattern(
  ['dexie', 'dexie-react-hooks'],
  'Dexie is used only inside renderer/db/** (tests: only under tests/**/db/**). Go through the repository API in renderer/db instead.',
);

const NO_ELECTRON_MODULE = {
  // 'electron', 'electron/main', 'electron/renderer', '@electron/remote', ... (but not 'electron-vite').
  regex: '^(@?electron)(/.*)?$',
  message: 'Only electron/** may import Electron. The renderer reaches main through the preload bridge (window.cadence, typed in shared/bridge).',
};

/**
 * The feature folders from the bottom up: a folder may import the folders of the layers below its own,
 * never one of its own layer or above. Parts shared by several views live low (calendar/ holds the
 * post card, its menu context and the drop targets that the week, agenda, ideas and planning use);
 * app/ composes them all. A new feature folder must be placed here (tests/unit/lint/layering.test.ts).
 */
export const FEATURE_LAYERS = [
  ['toasts', 'settings', 'shortcuts', 'filters', 'startup'],
  ['history', 'results', 'clients'],
  ['review'],
  ['media'],
  ['data', 'bulk', 'guard', 'insights', 'plan', 'upNext'],
  ['calendar'],
  ['week', 'agenda', 'grid'],
  ['editor', 'allClients', 'backlog'],
  ['planning', 'postMenu'],
];

/** For a file of renderer/features/<feature>/: the feature folders it must not import. */
const featureRules = (feature) => {
  const layer = FEATURE_LAYERS.findIndex((names) => names.includes(feature));
  return FEATURE_LAYERS.slice(layer)
    .flat()
    .filter((name) => name !== feature)
    .map((name) => ({
      regex: `^\\.\\./${escapeRe(name)}(/|$)|/features/${escapeRe(name)}(/|$)`,
      message:
        `renderer/features/${feature}/ must not import ${name}/ (same layer or above, see FEATURE_LAYERS): ` +
        'features depend one way. Move the shared part down (into the lower folder both use) or up into app/.',
    }));
};

const RENDERER_RULES = [
  NO_ELECTRON_MODULE,
  folderPattern(
    'electron',
    'renderer/ must not import from electron/. Put shared types/contracts in shared/ (e.g. shared/bridge) and call main through the preload bridge.',
  ),
];

const ELECTRON_RULES = [
  folderPattern(
    'renderer',
    'electron/ must not import from renderer/. Move the shared code to shared/.',
  ),
];

// The command line is a Node program on top of shared/: it never reaches into the app's layers.
const CLI_RULES = [
  NO_ELECTRON_MODULE,
  folderPattern('renderer', 'cli/ must not import from renderer/: use shared/.'),
  folderPattern('electron', 'cli/ must not import from electron/: use shared/.'),
];

const NODE_BUILTINS = [...new Set(builtinModules.map((m) => m.replace(/^node:/, '')))];

const SHARED_RULES = [
  packagesPattern(
    ['react', 'react-dom', 'react-i18next', 'dexie', 'dexie-react-hooks', 'electron'],
    'shared/ is pure TypeScript (no UI, storage or Electron libraries): it must run unchanged in the renderer, main and tests.',
  ),
  { regex: '^@(electron|dnd-kit)/', message: 'shared/ is pure TypeScript: no UI or Electron libraries.' },
  { regex: '^node:', message: 'shared/ is pure TypeScript: no Node builtins (it also runs in the renderer).' },
  packagesPattern(NODE_BUILTINS, 'shared/ is pure TypeScript: no Node builtins (it also runs in the renderer).'),
  folderPattern('renderer', 'shared/ must not import from renderer/: dependencies point INTO shared, never out of it.'),
  folderPattern('electron', 'shared/ must not import from electron/: dependencies point INTO shared, never out of it.'),
];

const restrictImports = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

const NO_DEFAULT_EXPORT = {
  'no-restricted-syntax': [
    'error',
    {
      selector: 'ExportDefaultDeclaration',
      message: 'Use named exports (house style). Only root-level config files may default-export.',
    },
    {
      selector: "ExportSpecifier[exported.name='default']",
      message: 'Use named exports (house style). Only root-level config files may default-export.',
    },
  ],
};

export default defineConfig([
  {
    ignores: [
      'out/**',
      'node_modules/**',
      'bench/results/**',
      'test-results/**',
      'playwright-report/**',
      'dist/**',
      'coverage/**',
      '.scratch/**',
    ],
  },

  { files: SOURCE_FILES, ...js.configs.recommended },
  ...tseslint.configs.recommended,

  {
    name: 'cadence/house-style',
    files: SOURCE_FILES,
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },

  // Globals (matter for plain JS files; typescript-eslint turns `no-undef` off for TS).
  {
    name: 'cadence/node-globals',
    files: ['scripts/**', 'electron/**', 'cli/**', 'tests/**', 'bench/**', '*.{js,mjs,cjs,ts,mts,cts}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    name: 'cadence/browser-globals',
    files: ['renderer/**', 'tests/component/**', 'tests/e2e/**'],
    languageOptions: { globals: { ...globals.browser } },
  },

  {
    name: 'cadence/react-hooks',
    files: ['renderer/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },

  // No default exports in product code (root config files such as this one may default-export).
  {
    name: 'cadence/no-default-export',
    files: ['renderer/**', 'shared/**', 'electron/**', 'cli/**'],
    rules: NO_DEFAULT_EXPORT,
  },

  // ---- Layering: exactly one `no-restricted-imports` object applies to any file. ----
  {
    name: 'cadence/layering/elsewhere',
    files: SOURCE_FILES,
    ignores: ['renderer/**', 'electron/**', 'shared/**', 'cli/**', 'tests/**/db/**'],
    rules: restrictImports([NO_DEXIE]),
  },
  {
    name: 'cadence/layering/cli',
    files: ['cli/**'],
    rules: restrictImports([...CLI_RULES, NO_DEXIE]),
  },
  {
    name: 'cadence/layering/renderer',
    files: ['renderer/**'],
    ignores: ['renderer/db/**'],
    rules: restrictImports([...RENDERER_RULES, NO_DEXIE]),
  },
  // One object per feature folder (after the renderer's: the last object setting the rule wins).
  ...FEATURE_LAYERS.flat().map((feature) => ({
    name: `cadence/layering/features/${feature}`,
    files: [`renderer/features/${feature}/**`],
    rules: restrictImports([...RENDERER_RULES, NO_DEXIE, ...featureRules(feature)]),
  })),
  {
    name: 'cadence/layering/renderer-db',
    files: ['renderer/db/**'],
    rules: restrictImports(RENDERER_RULES),
  },
  {
    name: 'cadence/layering/electron',
    files: ['electron/**'],
    rules: restrictImports([...ELECTRON_RULES, NO_DEXIE]),
  },
  {
    name: 'cadence/layering/shared',
    files: ['shared/**'],
    rules: restrictImports(SHARED_RULES), // SHARED_RULES already forbids Dexie
  },
]);
