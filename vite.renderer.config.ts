// Builds the renderer alone (out/renderer), for the loopback bridge and the e2e suite. The
// Electron build (electron.vite.config.ts) produces the same UI for app://.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../out/renderer', emptyOutDir: true, sourcemap: false, target: 'es2022' },
});
