import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { ApiResult } from '../contract';
import type { Dispatch } from '../services/dispatcher';
import { isAppUrl } from './app-origin';
import { IPC_CHANNEL } from '../preload/api-channel';

const FORBIDDEN: ApiResult<never> = { ok: false, error: { code: 'FORBIDDEN', messageKey: 'errors.forbidden' } };

/** Session id of a renderer: one per WebContents, so a reload keeps the sign-in and another window would not share it. */
export function sessionIdOf(webContentsId: number): string {
  return `wc-${webContentsId}`;
}

/** Security checklist 17: only the top frame of our own window, showing app://atvejis, may call. */
export function isTrustedSender(event: IpcMainInvokeEvent, window: BrowserWindow | null): boolean {
  if (!window || window.isDestroyed()) return false;
  if (event.sender !== window.webContents) return false;
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null || frame.frameTreeNodeId !== window.webContents.mainFrame.frameTreeNodeId) return false;
  return isAppUrl(frame.url);
}

/** The single channel: atvejis:call(method, input) → dispatch(session, method, input). */
export function registerIpc(dispatch: Dispatch, mainWindow: () => BrowserWindow | null): void {
  ipcMain.handle(IPC_CHANNEL, async (event, method: unknown, input: unknown): Promise<ApiResult<unknown>> => {
    if (!isTrustedSender(event, mainWindow())) return FORBIDDEN;
    return dispatch(sessionIdOf(event.sender.id), method, input);
  });
}

export function unregisterIpc(): void {
  ipcMain.removeHandler(IPC_CHANNEL);
}
