// Wiring the security policies to Electron: the session, every web contents, and the app:// protocol.
import { app, BrowserWindow, dialog, net, protocol, session, shell, type Session, type WebContents } from 'electron';
import { pathToFileURL } from 'node:url';
import { SECURITY_HEADERS } from './csp';
import { allowDownload, allowNavigation, allowOpenExternal, BLOCKED_RENDERER_URLS, permissionGranted } from './policies';
import { resolveInside } from './static-files';
import { APP_HOST, APP_SCHEME } from './web-preferences';

/** Must run before app 'ready'. No bypassCSP: the app's own pages obey the CSP too. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || request.method !== 'GET') return new Response('Not found', { status: 404 });
    const file = resolveInside(rendererDir, url.pathname);
    if (!file) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) headers.set(k, v);
    return new Response(response.body, { status: response.status, headers });
  });
}

export function hardenSession(ses: Session = session.defaultSession): void {
  ses.setPermissionRequestHandler((_contents, permission, callback) => callback(permissionGranted(permission)));
  ses.setPermissionCheckHandler((_contents, permission) => permissionGranted(permission));
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onBeforeRequest({ urls: BLOCKED_RENDERER_URLS }, (_details, callback) => callback({ cancel: true }));
  // Letters and exports are saved through blob: links the app itself made; Electron then asks where to save.
  // Nothing else may download.
  ses.on('will-download', (event, item) => {
    if (!allowDownload(item.getURL())) event.preventDefault();
  });
}

export function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!allowNavigation(url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (event.isMainFrame && !allowNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!allowNavigation(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // No window ever opens inside the app. A web link the DPO clicks may go to the system browser,
  // after they confirm: opening a link from an email tells its sender the email was read.
  contents.setWindowOpenHandler(({ url }) => {
    if (allowOpenExternal(url)) void confirmAndOpen(url);
    return { action: 'deny' };
  });
}

export function hardenApp(): void {
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
}

async function confirmAndOpen(url: string): Promise<void> {
  const owner = BrowserWindow.getFocusedWindow();
  const options = { type: 'question' as const, buttons: ['Cancel', 'Open in browser'], defaultId: 0, cancelId: 0, message: 'Open this link in your web browser?', detail: `${url}\n\nThe site will learn that this link was opened.` };
  const { response } = owner ? await dialog.showMessageBox(owner, options) : await dialog.showMessageBox(options);
  if (response === 1 && allowOpenExternal(url)) await shell.openExternal(url);
}
