import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, dialog, session, type BrowserWindow } from 'electron';
import { AppContext } from '../services/app-context';
import { createDispatcher } from '../services/dispatcher';
import { defaultRendererRoot } from '../serving/renderer-files';
import { handleAppProtocol, registerAppScheme } from './app-protocol';
import { ensureDataDir, resolveDataDir } from './data-dir';
import { registerIpc, sessionIdOf, unregisterIpc } from './ipc';
import { createMainWindow, lockDownWebContents } from './window';

// Electron main process (bundled to out/main/index.js). The renderer is served from app://atvejis,
// talks to the services only through window.api → IPC 'atvejis:call' → dispatch, and is sandboxed.

const here = dirname(fileURLToPath(import.meta.url));
const PRELOAD = join(here, '..', 'preload', 'index.cjs');

// Both must happen before 'ready'.
app.enableSandbox();
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  // Another Atvejis is running: it gets 'second-instance' and comes to the front; this one leaves.
  app.quit();
} else {
  main().catch((err: unknown) => {
    console.error('Atvejis could not start', err);
    dialog.showErrorBox('Atvejis', `Atvejis could not start:\n${err instanceof Error ? err.message : String(err)}`);
    app.exit(1);
  });
}

async function main(): Promise<void> {
  const dataDir = ensureDataDir(resolveDataDir(process.argv, app.getPath('userData')));
  console.log(`Atvejis — data folder: ${dataDir}`);

  const appContext = new AppContext({ dataDir });
  appContext.setAsideOrphanDatabase();
  const dispatch = createDispatcher(appContext);
  let mainWindow: BrowserWindow | null = null;

  app.on('second-instance', () => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });

  // Every WebContents (the window, and anything Chromium might create) gets the same lock-down.
  app.on('web-contents-created', (_event, contents) => lockDownWebContents(contents));

  // Close the database (and forget the key) before the process goes; exactly once.
  let shutdown: Promise<void> | null = null;
  let readyToQuit = false;
  const shutdownOnce = (): Promise<void> =>
    (shutdown ??= (async () => {
      unregisterIpc();
      try {
        await appContext.shutdown();
      } catch (err) {
        console.error('Atvejis: closing the database failed', err);
      }
    })());
  const quitAfterShutdown = (): void => {
    void shutdownOnce().then(() => {
      readyToQuit = true;
      app.quit();
    });
  };
  app.on('before-quit', (event) => {
    if (readyToQuit) return;
    event.preventDefault();
    quitAfterShutdown();
  });
  // One window: closing it ends the app on every platform (the data must not stay open in the background).
  app.on('window-all-closed', quitAfterShutdown);
  process.on('SIGINT', quitAfterShutdown);
  process.on('SIGTERM', quitAfterShutdown);

  await app.whenReady();

  // Security checklist 5: no permission (camera, notifications, geolocation, …) is ever granted.
  session.defaultSession.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);

  handleAppProtocol(defaultRendererRoot());
  registerIpc(dispatch, () => mainWindow);

  mainWindow = createMainWindow(PRELOAD);
  const webContentsId = mainWindow.webContents.id;
  mainWindow.on('closed', () => {
    appContext.endSession(sessionIdOf(webContentsId));
    mainWindow = null;
  });
  // Windows log-off/shut-down skips 'before-quit': close the database while we still can.
  mainWindow.on('session-end', () => void shutdownOnce());
}
