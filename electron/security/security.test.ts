// The Electron shell's security settings, read by tests that fail the build when one is weakened.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_CSP } from './csp';
import { allowDownload, allowNavigation, allowOpenExternal, BLOCKED_RENDERER_URLS, isTrustedSender, permissionGranted } from './policies';
import { APP_ORIGIN, secureWebPreferences } from './web-preferences';

const electronDir = join(import.meta.dirname, '..');
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('window hardening', () => {
  it('every window is isolated, sandboxed and without Node', () => {
    expect(secureWebPreferences('/p/index.cjs')).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
  });

  it('every BrowserWindow in the shell is built with those webPreferences', () => {
    const windows = sources(electronDir).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return [...text.matchAll(/new BrowserWindow\(\{[\s\S]*?\n {2}\}\);/g)].map((m) => ({ file, text: m[0] }));
    });
    expect(windows.length).toBeGreaterThan(0);
    for (const w of windows) expect(w.text, w.file).toMatch(/webPreferences: \{ \.\.\.secureWebPreferences\(.*contextIsolation: true, sandbox: true, nodeIntegration: false \}/);
  });

  it('the host code never imports electron', () => {
    for (const file of sources(join(electronDir, 'host'))) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/from ['"]electron['"]|require\(['"]electron['"]\)/);
    }
  });
});

describe('navigation, new windows and external links', () => {
  it('the window may only show the app itself', () => {
    expect(allowNavigation(`${APP_ORIGIN}/index.html`)).toBe(true);
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://dpo-desk.evil.example/', 'app://other/index.html', 'javascript:alert(1)', 'data:text/html,<script>1</script>', 'not a url']) {
      expect(allowNavigation(url), url).toBe(false);
    }
  });

  it('only http and https links ever reach the system browser', () => {
    expect(allowOpenExternal('https://www.bbbprograms.org/')).toBe(true);
    for (const url of ['file:///C:/Windows/system32/calc.exe', 'javascript:alert(1)', 'smb://server/share', 'mailto:x@example.org', 'ms-msdt:/id', 'https://user:pw@example.org/']) {
      expect(allowOpenExternal(url), url).toBe(false);
    }
  });

  it('IPC answers only the app\'s own top frame', () => {
    expect(isTrustedSender(`${APP_ORIGIN}/index.html`, true)).toBe(true);
    expect(isTrustedSender(`${APP_ORIGIN}/index.html`, false)).toBe(false);
    expect(isTrustedSender('about:srcdoc', false)).toBe(false);
    expect(isTrustedSender('https://evil.example/', true)).toBe(false);
    expect(isTrustedSender(undefined, true)).toBe(false);
  });

  it('only files the app itself made can be downloaded', () => {
    expect(allowDownload(`blob:${APP_ORIGIN}/7d3a9c1e-0000-4000-8000-000000000000`)).toBe(true);
    for (const url of ['https://evil.example/payload.exe', 'blob:https://evil.example/1', 'data:application/pdf;base64,JVBERi0=', 'file:///etc/passwd']) expect(allowDownload(url), url).toBe(false);
  });

  it('every permission request is refused and the renderer has no network', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) expect(permissionGranted(p)).toBe(false);
    expect(BLOCKED_RENDERER_URLS).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']));
  });
});

describe('content security policy', () => {
  const directives = Object.fromEntries(APP_CSP.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
  it('scripts come only from the app, with no inline or eval', () => {
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'none'"]);
  });
  it('no directive names a remote source', () => {
    expect(APP_CSP).not.toMatch(/https?:|\*|'unsafe-eval'/);
  });
  it('the renderer page carries the same policy in its meta tag', () => {
    const html = readFileSync(join(electronDir, '..', 'renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(meta).toContain("script-src 'self'");
    expect(meta).not.toMatch(/https?:|'unsafe-eval'/);
  });
});

describe('the IPC surface', () => {
  it('the preload exposes only contract methods through contextBridge, never ipcRenderer itself', () => {
    const preload = readFileSync(join(electronDir, 'preload.ts'), 'utf8');
    expect(preload).toMatch(/contextBridge\.exposeInMainWorld\('dpo'/);
    expect(preload).toMatch(/methodNames\.map/);
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\b\s*\)/);
  });
  it('main registers one handler per contract method, checking sender and input', () => {
    const ipc = readFileSync(join(electronDir, 'ipc.ts'), 'utf8');
    expect(ipc).toMatch(/for \(const method of methodNames\)/);
    expect(ipc).toMatch(/isTrustedSender\(/);
    expect(ipc).toMatch(/\.input\.safeParse\(/);
  });
});
