// The electron-vite build: main, web shell and document worker bundled whole, preload, renderer.
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    // Every dependency of main, web and the document worker is bundled into out/main, so the
    // package ships no node_modules (only `electron` and Node's built-ins stay external).
    build: {
      externalizeDeps: false,
      rollupOptions: {
        input: {
          index: resolve(root, 'electron/main/index.ts'),
          web: resolve(root, 'electron/web/index.ts'),
          // Briefings are written on this worker thread (see electron/core/documents/render).
          'document-worker': resolve(root, 'electron/core/documents/render/worker-entry.ts'),
        },
        output: { chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  },
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react()],
    build: {
      minify: true,
      chunkSizeWarningLimit: 2000,
      rollupOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
  },
});
