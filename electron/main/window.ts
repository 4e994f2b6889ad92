import { app, BrowserWindow, type WebContents } from 'electron';
import { METHOD_NAMES } from '../contract';
import { APP_ENTRY_URL, isAppUrl } from './app-origin';
import { apiMethodsArg } from '../preload/api-channel';

/** The one window, locked down per Electron's security checklist. */
export function createMainWindow(preloadPath: string): BrowserWindow {
  const win = new BrowserWindow({
    title: 'Atvejis',
    width: 1280,
    height: 860,
    minWidth: 960,
    minHeight: 640,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      // The preload cannot import the contract (zod) in the sandbox; it gets the method names here.
      additionalArguments: [apiMethodsArg(METHOD_NAMES)],
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Chromium's built-in PDF viewer shows the print preview of a form (a blob: frame of our own);
      // no other plugin exists in Electron.
      plugins: true,
      // Middle-click must not open links in new windows (Electronegativity AUXCLICK_JS_CHECK); new windows are denied anyway.
      disableBlinkFeatures: 'Auxclick',
      devTools: !app.isPackaged,
    },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_ENTRY_URL);
  return win;
}

/**
 * Applied to every WebContents the app ever creates (app 'web-contents-created'): no navigation away
 * from app://atvejis, no redirects elsewhere, no new windows, no <webview>.
 */
export function lockDownWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    // Sub-frames (e.g. a PDF preview) may show blob:/about:blank content of our own; the CSP limits them further.
    if (!isAppUrl(event.url) && (event.isMainFrame || !/^(blob|about):/.test(event.url))) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
