// Lint rules that keep the process boundaries of ../DESIGN: the renderer never reaches Node or the
// main process, shared/ runs anywhere, and the host never imports electron.
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'stream', 'util', 'zlib', 'worker_threads'];
const restrict = (patterns, message) => ['error', { patterns: [{ group: patterns, message }] }];

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'dist/**'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parser: tseslint.parser },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {},
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': restrict([...nodeBuiltins, 'electron', '**/electron/**', 'better-sqlite3-multiple-ciphers'], 'The renderer talks to the host only through window.dpo (renderer/host/client.ts).') },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: { 'no-restricted-imports': restrict([...nodeBuiltins, 'electron', '**/electron/**', '**/renderer/**', 'react', 'react-dom'], 'shared/ runs in the renderer and in Node: no Node, DOM, Electron or UI imports.') },
  },
  {
    files: ['electron/host/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(['electron', '**/renderer/**'], 'The host is plain Node: what only Electron can do reaches it through a port (electron/host/ports.ts).') },
  },
);
