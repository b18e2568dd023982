// Proves the layering rules of eslint.config.mjs: each forbidden import is reported by
// `no-restricted-imports`, and the allowed ones are not. Snippets are linted at virtual paths,
// so no fixture files are needed (one ESLint instance, ~1 s).
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

type Case = { file: string; code: string };

async function ruleIdsFor({ file, code }: Case): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file, warnIgnored: true });
  if (!result) throw new Error(`no lint result for ${file}`);
  const fatal = result.messages.filter((m) => m.fatal);
  expect(fatal, `parse error in snippet for ${file}`).toEqual([]);
  return result.messages.map((m) => m.ruleId ?? '(none)');
}

async function restrictedImportCount(c: Case): Promise<number> {
  return (await ruleIdsFor(c)).filter((id) => id === 'no-restricted-imports').length;
}

const forbidden: Array<[string, Case]> = [
  // renderer -> electron
  ['renderer imports the electron module', { file: 'renderer/features/x/Foo.tsx', code: "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n" }],
  ['renderer imports electron/renderer subpath', { file: 'renderer/features/x/Foo.tsx', code: "import { ipcRenderer } from 'electron/renderer';\nexport const x = ipcRenderer;\n" }],
  ['renderer imports electron/ by relative path', { file: 'renderer/features/x/Foo.tsx', code: "import { api } from '../../../electron/preload/api';\nexport const x = api;\n" }],
  ['renderer imports the electron/ folder index', { file: 'renderer/app/App.tsx', code: "import { api } from '../../electron';\nexport const x = api;\n" }],
  ['renderer type-imports from electron/', { file: 'renderer/app/types.ts', code: "import type { Api } from '../../electron/preload/index';\nexport type X = Api;\n" }],
  ['renderer re-exports from electron/', { file: 'renderer/app/reexport.ts', code: "export { api } from '../../electron/preload/index';\n" }],
  ['renderer/db imports electron', { file: 'renderer/db/db.ts', code: "import { app } from 'electron';\nexport const x = app;\n" }],
  // electron -> renderer
  ['electron/main imports renderer/', { file: 'electron/main/index.ts', code: "import { App } from '../../renderer/app/App';\nexport const x = App;\n" }],
  ['electron/preload re-exports renderer/', { file: 'electron/preload/index.ts', code: "export * from '../../renderer/db/schema';\n" }],
  // shared -> anything impure
  ['shared imports react', { file: 'shared/model/post.ts', code: "import { useState } from 'react';\nexport const x = useState;\n" }],
  ['shared imports react-dom/client', { file: 'shared/model/post.ts', code: "import { createRoot } from 'react-dom/client';\nexport const x = createRoot;\n" }],
  ['shared imports dexie', { file: 'shared/model/post.ts', code: "import { Dexie } from 'dexie';\nexport const x = Dexie;\n" }],
  ['shared imports dexie-react-hooks', { file: 'shared/model/post.ts', code: "import { useLiveQuery } from 'dexie-react-hooks';\nexport const x = useLiveQuery;\n" }],
  ['shared imports electron', { file: 'shared/bridge/contract.ts', code: "import type { IpcMain } from 'electron';\nexport type X = IpcMain;\n" }],
  ['shared imports node:fs', { file: 'shared/dates.ts', code: "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n" }],
  ['shared imports fs', { file: 'shared/dates.ts', code: "import fs from 'fs';\nexport const x = fs;\n" }],
  ['shared imports path', { file: 'shared/dates.ts', code: "import { join } from 'path';\nexport const x = join;\n" }],
  ['shared imports fs/promises', { file: 'shared/dates.ts', code: "import { readFile } from 'fs/promises';\nexport const x = readFile;\n" }],
  ['shared imports crypto', { file: 'shared/ids.ts', code: "import { randomUUID } from 'crypto';\nexport const x = randomUUID;\n" }],
  ['shared imports renderer/', { file: 'shared/model/post.ts', code: "import { db } from '../../renderer/db/db';\nexport const x = db;\n" }],
  ['shared imports electron/', { file: 'shared/model/post.ts', code: "import { x as y } from '../../electron/main/ipc';\nexport const x = y;\n" }],
  // dexie outside renderer/db
  ['renderer/features imports dexie', { file: 'renderer/features/calendar/Calendar.tsx', code: "import { Dexie } from 'dexie';\nexport const x = Dexie;\n" }],
  ['renderer/features imports dexie-react-hooks', { file: 'renderer/features/calendar/useX.ts', code: "import { useLiveQuery } from 'dexie-react-hooks';\nexport const x = useLiveQuery;\n" }],
  ['electron imports dexie', { file: 'electron/main/store.ts', code: "import { Dexie } from 'dexie';\nexport const x = Dexie;\n" }],
  ['a unit test outside tests/**/db imports dexie', { file: 'tests/unit/shared/foo.test.ts', code: "import { Dexie } from 'dexie';\nexport const x = Dexie;\n" }],
  ['a component test imports dexie-react-hooks', { file: 'tests/component/Foo.test.tsx', code: "import { useLiveQuery } from 'dexie-react-hooks';\nexport const x = useLiveQuery;\n" }],
  ['a script imports dexie', { file: 'scripts/seed.mjs', code: "import { Dexie } from 'dexie';\nexport const x = Dexie;\n" }],
  // feature folders depend one way (FEATURE_LAYERS)
  ['calendar imports a view above it (the old CalendarBody)', { file: 'renderer/features/calendar/CalendarBody.tsx', code: "import { WeekView } from '../week/WeekView';\nexport const x = WeekView;\n" }],
  ['calendar imports planning (the old drop targets cycle)', { file: 'renderer/features/calendar/DayCell.tsx', code: "import { dayDropId } from '../planning/dropTargets';\nexport const x = dayDropId;\n" }],
  ['a feature imports one of its own layer', { file: 'renderer/features/editor/Foo.tsx', code: "import { Backlog } from '../backlog/Backlog';\nexport const x = Backlog;\n" }],
  ['a low feature type-imports a higher one', { file: 'renderer/features/toasts/Foo.ts', code: "import type { Props } from '../editor/PostEditor';\nexport type X = Props;\n" }],
  ['a feature re-exports a higher one by a longer path', { file: 'renderer/features/week/Foo.ts', code: "export { Backlog } from '../../features/backlog/Backlog';\n" }],
];

const allowed: Array<[string, Case]> = [
  ['renderer/features imports shared/', { file: 'renderer/features/x/Foo.tsx', code: "import { type Post } from '../../../shared/model/post';\nexport type X = Post;\n" }],
  ['renderer imports react', { file: 'renderer/features/x/Foo.tsx', code: "import { useState } from 'react';\nexport const x = useState;\n" }],
  ['renderer/db imports dexie', { file: 'renderer/db/db.ts', code: "import { Dexie } from 'dexie';\nexport const x = Dexie;\n" }],
  ['renderer/db imports dexie-react-hooks', { file: 'renderer/db/hooks.ts', code: "import { useLiveQuery } from 'dexie-react-hooks';\nexport const x = useLiveQuery;\n" }],
  ['renderer imports a local module whose name contains "electron"', { file: 'renderer/features/x/Foo.tsx', code: "import { y } from './electronLike';\nexport const x = y;\n" }],
  ['electron/main imports shared/', { file: 'electron/main/ipc.ts', code: "import { type Post } from '../../shared/model/post';\nexport type X = Post;\n" }],
  ['electron/main imports electron and node builtins', { file: 'electron/main/index.ts', code: "import { app } from 'electron';\nimport { join } from 'node:path';\nexport const x = [app, join];\n" }],
  ['shared imports shared and date-fns', { file: 'shared/model/post.ts', code: "import { addDays } from 'date-fns';\nimport { type Client } from './client';\nexport const x = addDays;\nexport type C = Client;\n" }],
  ['a db migration test imports dexie', { file: 'tests/unit/db/migrations.test.ts', code: "import { Dexie } from 'dexie';\nexport const x = Dexie;\n" }],
  ['a component db test imports dexie', { file: 'tests/component/db/repo.test.ts', code: "import { Dexie } from 'dexie';\nexport const x = Dexie;\n" }],
  ['an electron unit test imports electron', { file: 'tests/unit/electron/ipc.test.ts', code: "import { app } from 'electron';\nexport const x = app;\n" }],
  ['a feature imports a lower one', { file: 'renderer/features/week/WeekView.tsx', code: "import { PostCard } from '../calendar/PostCard';\nexport const x = PostCard;\n" }],
  ['a feature imports a file of its own folder', { file: 'renderer/features/calendar/DayCell.tsx', code: "import { dayDropId } from './dropTargets';\nexport const x = dayDropId;\n" }],
  ['app/ imports any feature', { file: 'renderer/app/CalendarBody.tsx', code: "import { WeekView } from '../features/week/WeekView';\nexport const x = WeekView;\n" }],
];

describe('layering (no-restricted-imports)', () => {
  it.each(forbidden)('reports: %s', async (_name, c) => {
    expect(await restrictedImportCount(c)).toBe(1);
  });

  it.each(allowed)('allows: %s', async (_name, c) => {
    expect(await restrictedImportCount(c)).toBe(0);
  });
});

describe('feature folders', () => {
  it('every folder of renderer/features has its layer in FEATURE_LAYERS', async () => {
    const { FEATURE_LAYERS } = (await import(pathToFileURL(`${root}eslint.config.mjs`).href)) as { FEATURE_LAYERS: string[][] };
    const folders = readdirSync(`${root}renderer/features`, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(folders.filter((name) => !FEATURE_LAYERS.flat().includes(name))).toEqual([]);
    expect(new Set(FEATURE_LAYERS.flat()).size).toBe(FEATURE_LAYERS.flat().length);
  });
});

describe('house style', () => {
  it('forbids default exports in product code', async () => {
    for (const file of ['renderer/features/x/Foo.tsx', 'shared/model/x.ts', 'electron/main/x.ts']) {
      expect(await ruleIdsFor({ file, code: 'export default function f(): number {\n  return 1;\n}\n' })).toContain(
        'no-restricted-syntax',
      );
    }
  });

  it('lets root config files default-export', async () => {
    expect(await ruleIdsFor({ file: 'some.config.mjs', code: 'export default { a: 1 };\n' })).toEqual([]);
  });

  it('prefers type aliases to interfaces', async () => {
    expect(await ruleIdsFor({ file: 'shared/model/x.ts', code: 'export interface X {\n  a: number;\n}\n' })).toContain(
      '@typescript-eslint/consistent-type-definitions',
    );
  });
});
