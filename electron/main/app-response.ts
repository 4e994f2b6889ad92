import { readRendererFile, SECURITY_HEADERS } from '../serving/renderer-files';
import { APP_HOST, APP_SCHEME } from './app-origin';

/** Responses for app:// requests (no Electron import, so tests can call it directly). */

function textResponse(status: number, body: string, extra: Record<string, string> = {}): Response {
  return new Response(body, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...extra } });
}

/** The response for one app:// request; exported for tests (needs no Electron). */
export function appProtocolResponse(rendererRoot: string, request: { url: string; method: string }): Response {
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return textResponse(404, 'Not found');
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return textResponse(404, 'Not found');
  if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed', { Allow: 'GET, HEAD' });
  const file = readRendererFile(rendererRoot, url.pathname);
  const headers = { ...SECURITY_HEADERS, 'Content-Type': file.contentType };
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(file.body), { status: file.status, headers });
}
