import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { version } from './package.json';

// electron-vite expects src/main, src/preload and src/renderer; Cadence keeps electron/ and renderer/
// at the top level (see README), so every entry point is named here.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(__dirname, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: { input: { index: resolve(__dirname, 'electron/preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    base: './',
    plugins: [react()],
    define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(version) },
    build: {
      // electron-vite leaves bundles unminified; the renderer's size is start-up time, so minify it
      // (CADENCE_NO_MINIFY=1 keeps names readable in CPU profiles, see bench/README.md).
      minify: process.env.CADENCE_NO_MINIFY !== '1',
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
