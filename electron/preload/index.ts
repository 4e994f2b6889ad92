import { contextBridge, ipcRenderer } from 'electron';
import type { WindowApi } from '../contract';
import { apiMethodsFromArgv, IPC_CHANNEL } from './api-channel';

/**
 * Sandboxed preload, bundled to CommonJS; its only require is 'electron'. window.api has exactly one
 * function per contract method (the names come from the main process, which has the contract's
 * METHOD_NAMES, via webPreferences.additionalArguments), each a call on the single IPC channel.
 * Nothing else is exposed: no ipcRenderer, no generic invoke, no Node (security checklist 20).
 */
const api = Object.freeze(
  Object.fromEntries(
    apiMethodsFromArgv(process.argv).map((name) => [name, (input: unknown) => ipcRenderer.invoke(IPC_CHANNEL, name, input)] as const),
  ),
) as unknown as WindowApi;

contextBridge.exposeInMainWorld('api', api);
