import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Serving the built renderer, shared by Electron's app:// protocol and the loopback bridge,
 * so both apply the same path guard and the same Content-Security-Policy.
 */

// No inline scripts, no eval, no remote code; styles inline because the component library sets
// CSS variables at run time. connect-src 'self' is the bridge's /api (Electron uses IPC instead).
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=()',
  'Cache-Control': 'no-store',
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

/** out/renderer, found from source (tsx) and from the bundled Electron main alike. */
export function defaultRendererRoot(): string {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const candidates = [process.env.ATVEJIS_RENDERER_DIR, join(here, '..', 'renderer'), join(here, '..', '..', 'out', 'renderer'), join(process.cwd(), 'out', 'renderer')].filter(
    (p): p is string => !!p,
  );
  const found = candidates.find((p) => existsSync(join(p, 'index.html')));
  if (!found) throw new Error(`The renderer is not built (looked in ${candidates.join(', ')}); run "npm run build" first`);
  return found;
}

export interface RendererFile {
  status: 200 | 404;
  body: Buffer;
  contentType: string;
}

/**
 * Maps a URL path to a file under root. Anything that would leave root (.., encoded slashes,
 * absolute paths) is refused; unknown paths without an extension get index.html (client routes).
 */
export function readRendererFile(root: string, urlPath: string): RendererFile {
  const notFound: RendererFile = { status: 404, body: Buffer.from('Not found'), contentType: 'text/plain; charset=utf-8' };
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return notFound;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return notFound;
  const rootAbs = resolve(root);
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const target = resolve(rootAbs, relative);
  if (target !== rootAbs && !target.startsWith(rootAbs + sep)) return notFound;
  let file = target;
  if (!existsSync(file) || !statSync(file).isFile()) {
    if (extname(relative)) return notFound;
    file = join(rootAbs, 'index.html');
  }
  return { status: 200, body: readFileSync(file), contentType: TYPES[extname(file)] ?? 'application/octet-stream' };
}
