// The Electron main process: one hardened window, the app:// protocol, and the host in its own
// utility process. Everything the app does lives in electron/host; this file only wires the shell.
import { app, BrowserWindow, Menu } from 'electron';
import Store from 'electron-store';
import { join } from 'node:path';
import { startHostProcess, type HostLink } from './host-link/host-link';
import { registerHostHandlers } from './ipc';
import { hardenApp, hardenSession, registerAppScheme, serveRenderer } from './security/harden';
import { APP_ORIGIN, secureWebPreferences } from './security/web-preferences';

registerAppScheme();
hardenApp();
if (!app.requestSingleInstanceLock()) app.quit();

let link: HostLink | null = null;
const preferences = new Store<Record<string, unknown>>({ name: 'preferences' });

function createWindow(): BrowserWindow {
  const bounds = preferences.get('windowBounds') as Electron.Rectangle | undefined;
  const win = new BrowserWindow({
    width: bounds?.width ?? 1360,
    height: bounds?.height ?? 860,
    x: bounds?.x,
    y: bounds?.y,
    minWidth: 960,
    minHeight: 600,
    title: 'DPO Desk',
    show: false,
    // Spelt out as well as spread, so a reviewer (and electronegativity) sees them at the call site.
    webPreferences: { ...secureWebPreferences(join(import.meta.dirname, '..', 'preload', 'index.cjs')), contextIsolation: true, sandbox: true, nodeIntegration: false },
  });
  win.once('ready-to-show', () => win.show());
  win.on('close', () => preferences.set('windowBounds', win.getBounds()));
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}

app.whenReady().then(() => {
  hardenSession();
  serveRenderer(join(import.meta.dirname, '..', 'renderer'));
  const dataDir = process.env.DPO_DATA_DIR ?? join(app.getPath('userData'), 'workspace');
  link = startHostProcess(join(import.meta.dirname, 'host-process.js'), dataDir, preferences);
  registerHostHandlers(link);
  if (process.platform !== 'darwin') Menu.setApplicationMenu(null);
  createWindow();
  app.on('activate', () => BrowserWindow.getAllWindows().length === 0 && createWindow());
});

app.on('window-all-closed', () => {
  link?.stop();
  app.quit();
});
