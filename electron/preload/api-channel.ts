/**
 * What the main process and the sandboxed preload share: the one IPC channel and how the method
 * names reach the preload. No imports: a sandboxed preload can require only 'electron', and
 * electron-vite keeps package dependencies (zod, hence the contract's METHOD_NAMES) external, so the
 * main process passes the names on the renderer's command line (webPreferences.additionalArguments).
 */
export const IPC_CHANNEL = 'atvejis:call';
export const API_METHODS_ARG = '--atvejis-api-methods=';

const METHOD_NAME = /^[A-Za-z0-9._:-]+$/;

export function apiMethodsArg(names: readonly string[]): string {
  for (const n of names) if (!METHOD_NAME.test(n)) throw new Error(`Unexpected method name ${JSON.stringify(n)}`);
  return API_METHODS_ARG + names.join(',');
}

export function apiMethodsFromArgv(argv: readonly string[]): string[] {
  const arg = argv.find((a) => a.startsWith(API_METHODS_ARG));
  if (!arg) return [];
  return arg
    .slice(API_METHODS_ARG.length)
    .split(',')
    .filter((n) => METHOD_NAME.test(n));
}
