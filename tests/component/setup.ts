// Setup for the "component" vitest project (jsdom). Runs before every component test file.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy* and waitFor give up after 1 s by default: on a busy 2-core CI machine, with test files
// running side by side, a dialog's IndexedDB round trips can take longer. Wait up to 5 s.
configure({ asyncUtilTimeout: 5000 });

// Each test starts from an EMPTY IndexedDB.
//
// Why delete the databases rather than swap in a fresh `new IDBFactory()`: Dexie captures the factory when
// the module loads (Dexie.dependencies) and every Dexie instance keeps the one it was built with, so a
// module-level `db` singleton would go on using the old factory and keep the previous test's data. Deleting
// every database through the current factory works for singletons too: Dexie answers the `versionchange`
// event by closing, and reopens (re-creating the schema) on its next query.
function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`deleting IndexedDB "${name}" failed`));
    request.onblocked = () =>
      reject(
        new Error(
          `IndexedDB "${name}" is still open after the test and ignores 'versionchange': ` +
            'close raw IDBDatabase connections (db.close()) at the end of the test.',
        ),
      );
  });
}

async function deleteAllDatabases(): Promise<void> {
  const names = (await indexedDB.databases()).flatMap(({ name }) => (name ? [name] : []));
  if (names.length === 0) return;
  // Dexie logs "Another connection wants to delete database 'x'…" at every reset: expected here, so muted.
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].startsWith('Another connection wants to delete database')) return;
    warn(...args);
  };
  try {
    await Promise.all(names.map(deleteDatabase));
  } finally {
    console.warn = warn;
  }
}

afterEach(async () => {
  cleanup(); // unmount React trees first, so live queries stop before their database goes away
  await deleteAllDatabases();
});
