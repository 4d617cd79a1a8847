// The security decisions of the Electron shell as plain functions, so tests can read them without
// an Electron binary. electron/security/harden.ts wires them to Electron's events.
import { APP_HOST, APP_SCHEME } from './web-preferences';

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Only the app's own pages: compared by parsed scheme and host, never by string prefix. (A
 * custom scheme's URL.origin is "null" outside Electron, so the parts are compared instead.) */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.port === '';
}

/** The window may only ever show the app; any other navigation is refused. */
export function allowNavigation(url: string): boolean {
  return isAppUrl(url);
}

/** Links a DPO clicks may open in the system browser only when they are plain web links. */
export function allowOpenExternal(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.username === '' && parsed.password === '';
}

/** IPC is answered only for the app's own top frame: not an iframe (where email HTML is shown), not another origin. */
export function isTrustedSender(frameUrl: string | undefined, isMainFrame: boolean): boolean {
  return isMainFrame && frameUrl !== undefined && isAppUrl(frameUrl);
}

/** The renderer never needs the network: IMAP and SMTP run in the host, outside the browser session. */
export const BLOCKED_RENDERER_URLS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*'];

/** No camera, microphone, notifications-from-page, geolocation, clipboard reads... nothing. */
export const permissionGranted = (_permission: string): boolean => false;

/** Downloads only of blob: URLs created by the app's own page (a letter or an export the DPO asked for). */
export function allowDownload(url: string): boolean {
  return url.startsWith('blob:') && isAppUrl(url.slice('blob:'.length));
}
