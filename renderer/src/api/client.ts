import type { ApiErrorBody, ApiResult, MethodInput, MethodName, MethodOutput, WindowApi } from '../../../electron/contract';

declare global {
  interface Window {
    /** Present inside Electron (the preload's contract methods); absent in the browser mode. */
    api?: WindowApi;
  }
}

export class ApiError extends Error {
  constructor(readonly body: ApiErrorBody) {
    super(body.messageKey);
  }
  get code() {
    return this.body.code;
  }
}

type SessionListener = (code: 'UNAUTHENTICATED' | 'SESSION_LOCKED') => void;
const listeners = new Set<SessionListener>();
/** The session provider hears when any call finds the session gone or locked. */
export function onSessionTrouble(fn: SessionListener): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

async function viaBridge(method: string, input: unknown): Promise<ApiResult<unknown>> {
  try {
    const res = await fetch(`/api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Atvejis': '1' },
      credentials: 'same-origin',
      body: JSON.stringify(input ?? {}),
    });
    if (res.status !== 200) return { ok: false, error: { code: 'INTERNAL', messageKey: 'errors.connection' } };
    return (await res.json()) as ApiResult<unknown>;
  } catch {
    return { ok: false, error: { code: 'INTERNAL', messageKey: 'errors.connection' } };
  }
}

/** The renderer's only way to data: a contract method, typed by the contract, through IPC or the bridge. */
export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = window.api
    ? await (window.api[method] as (i: unknown) => Promise<ApiResult<unknown>>)(input)
    : await viaBridge(method, input);
  if (!result.ok) {
    if (result.error.code === 'UNAUTHENTICATED' || result.error.code === 'SESSION_LOCKED') {
      for (const l of listeners) l(result.error.code);
    }
    throw new ApiError(result.error);
  }
  return result.value as MethodOutput<M>;
}
