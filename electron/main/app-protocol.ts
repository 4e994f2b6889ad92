import { protocol } from 'electron';
import { APP_SCHEME } from './app-origin';
import { appProtocolResponse } from './app-response';

/**
 * app://atvejis/… serves the built renderer (security checklist 18: a custom protocol instead of
 * file://). The same path guard and Content-Security-Policy as the loopback bridge, via readRendererFile.
 */

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Call once the app is ready: handles app:// on the default session. */
export function handleAppProtocol(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, (request) => appProtocolResponse(rendererRoot, request));
}
