import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppContext } from '../services/app-context';
import { createDispatcher } from '../services/dispatcher';
import { readRendererFile, SECURITY_HEADERS } from '../serving/renderer-files';

/**
 * The loopback bridge: the same contract and services as Electron's IPC, over HTTP on 127.0.0.1,
 * for development, tests and the browser demo mode. Guarded three ways: loopback only, a per-run
 * secret token (given once in the URL, then an HttpOnly cookie), and a Host check against DNS rebinding.
 */

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);
const MAX_BODY = 10 * 1024 * 1024;
const TOKEN_COOKIE = 'atvejis_token';
const SESSION_COOKIE = 'atvejis_session';

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK.has(host) || /^127(\.\d{1,3}){3}$/.test(host);
}

export interface BridgeOptions {
  dataDir: string;
  rendererRoot: string;
  host?: string;
  port?: number;
  migrationsFolder?: string;
  token?: string;
}

export interface RunningBridge {
  url: string;
  /** The URL to open: it hands the browser the token once. */
  openUrl: string;
  token: string;
  server: Server;
  app: AppContext;
  close(): Promise<void>;
}

function cookies(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0) out[part.slice(0, i).trim()] = decodeURIComponent(part.slice(i + 1).trim());
  }
  return out;
}

function same(a: string | undefined, b: string): boolean {
  if (!a) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function send(res: ServerResponse, status: number, body: string | Buffer, type: string, extra: Record<string, string | string[]> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, ...extra });
  res.end(body);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const FORBIDDEN_PAGE =
  '<!doctype html><html lang="lt"><meta charset="utf-8"><title>Atvejis</title><body><h1>Atvejis</h1>' +
  '<p>Atverkite nuorodą, kurią išspausdino paleidimo komanda.</p><p lang="en">Open the link printed by the start command.</p></body></html>';

export async function startBridge(opts: BridgeOptions): Promise<RunningBridge> {
  const host = opts.host ?? '127.0.0.1';
  if (!isLoopbackHost(host)) throw new Error(`Refusing to listen on ${host}: the bridge only binds to the loopback interface (127.0.0.1)`);
  const token = opts.token ?? randomBytes(32).toString('base64url');
  const app = new AppContext({ dataDir: opts.dataDir, migrationsFolder: opts.migrationsFolder });
  const dispatch = createDispatcher(app);
  let port = 0;

  const server = createServer((req, res) => {
    void (async () => {
      const hostHeader = (req.headers.host ?? '').toLowerCase();
      const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`];
      if (!allowedHosts.includes(hostHeader)) return send(res, 421, 'Misdirected request', 'text/plain; charset=utf-8');
      const url = new URL(req.url ?? '/', `http://${hostHeader}`);
      const jar = cookies(req);

      // First visit: trade the token in the URL for a cookie and drop it from the address bar.
      if (url.searchParams.has('token')) {
        if (!same(url.searchParams.get('token') ?? '', token)) return send(res, 403, FORBIDDEN_PAGE, 'text/html; charset=utf-8');
        const sessionId = randomBytes(24).toString('base64url');
        return send(res, 303, '', 'text/plain', {
          Location: '/',
          'Set-Cookie': [
            `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
            `${SESSION_COOKIE}=${sessionId}; HttpOnly; SameSite=Strict; Path=/`,
          ],
        });
      }
      if (!same(jar[TOKEN_COOKIE], token)) return send(res, 403, FORBIDDEN_PAGE, 'text/html; charset=utf-8');

      if (url.pathname.startsWith('/api/')) {
        // A custom header cannot be sent cross-origin without a preflight, which is never granted.
        if (req.method !== 'POST' || req.headers['x-atvejis'] !== '1' || !(req.headers['content-type'] ?? '').startsWith('application/json')) {
          return send(res, 405, 'Method not allowed', 'text/plain; charset=utf-8');
        }
        const sessionId = jar[SESSION_COOKIE];
        if (!sessionId) return send(res, 403, 'No session', 'text/plain; charset=utf-8');
        let input: unknown;
        try {
          const body = await readBody(req);
          input = body ? JSON.parse(body) : {};
        } catch {
          return send(res, 400, JSON.stringify({ ok: false, error: { code: 'VALIDATION', messageKey: 'errors.validation' } }), 'application/json');
        }
        const method = decodeURIComponent(url.pathname.slice('/api/'.length));
        const result = await dispatch(sessionId, method, input);
        return send(res, 200, JSON.stringify(result), 'application/json; charset=utf-8');
      }

      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', 'text/plain; charset=utf-8');
      const file = readRendererFile(opts.rendererRoot, url.pathname);
      return send(res, file.status, file.body, file.contentType);
    })().catch((err: unknown) => {
      console.error('bridge: request failed', err);
      if (!res.headersSent) send(res, 500, 'Internal error', 'text/plain; charset=utf-8');
      else res.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const base = `http://127.0.0.1:${port}`;
  return {
    url: base,
    openUrl: `${base}/?token=${token}`,
    token,
    server,
    app,
    close: async () => {
      // close() waits for every connection to end; a browser's keep-alive ones are ended here, not waited for.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await app.shutdown();
    },
  };
}
