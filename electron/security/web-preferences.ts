// Every BrowserWindow gets exactly these webPreferences, set explicitly rather than trusted to
// defaults: an isolated, sandboxed renderer with no Node, no webviews and no insecure content.
export const APP_SCHEME = 'app';
export const APP_HOST = 'dpo-desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    // Middle-click must not open links in new windows.
    disableBlinkFeatures: 'Auxclick',
    devTools: process.env.NODE_ENV === 'development',
  } as const;
}
