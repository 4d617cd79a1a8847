// The Electron build: main process (and the host's utility process), a CommonJS preload (a sandboxed
// renderer cannot load an ES module preload), and the renderer.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The importer's worker threads start prepare-worker.js from beside the host's bundle.
      rollupOptions: { input: { index: 'electron/main.ts', 'host-process': 'electron/host-process.ts', 'prepare-worker': 'electron/host/mail/import/prepare-worker.ts' } },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can require only `electron`: bundle everything else into it.
      externalizeDeps: false,
      outDir: 'out/preload',
      rollupOptions: { input: { index: 'electron/preload.ts' }, external: ['electron'], output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react()],
    build: { outDir: 'out/renderer', rollupOptions: { input: 'renderer/index.html' } },
  },
});
