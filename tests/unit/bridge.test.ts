import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startBridge, type RunningBridge } from '../../electron/bridge/server';

/** Raw HTTP, so the Host header and paths go out exactly as written. */
function get(bridge: RunningBridge, path: string, headers: Record<string, string> = {}, method = 'GET', body?: string) {
  const port = new URL(bridge.url).port;
  return new Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers: { Host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      let data = '';
      res.on('data', (c) => (data += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: data, headers: res.headers }));
    });
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

describe('loopback bridge', () => {
  let dir: string;
  let bridge: RunningBridge;
  let cookie: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'atvejis-bridge-'));
    const root = join(dir, 'renderer');
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Atvejis</title>');
    writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(dir, 'secret.txt'), 'do not serve');
    bridge = await startBridge({ dataDir: join(dir, 'data'), rendererRoot: root });
    mkdirSync(join(dir, 'data'), { recursive: true });
    const first = await get(bridge, `/?token=${bridge.token}`);
    expect(first.status).toBe(303);
    cookie = (first.headers['set-cookie'] as string[]).map((c) => c.split(';')[0]).join('; ');
  });
  afterAll(async () => {
    await bridge.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('listens on 127.0.0.1 only and refuses any other host', async () => {
    expect(bridge.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    await expect(startBridge({ dataDir: dir, rendererRoot: dir, host: '0.0.0.0' })).rejects.toThrow(/loopback/);
    await expect(startBridge({ dataDir: dir, rendererRoot: dir, host: '192.168.1.10' })).rejects.toThrow(/loopback/);
  });

  test('without the run token nothing is served', async () => {
    expect((await get(bridge, '/')).status).toBe(403);
    expect((await get(bridge, '/?token=guess')).status).toBe(403);
    expect((await get(bridge, '/api/app.status', { 'Content-Type': 'application/json', 'X-Atvejis': '1' }, 'POST', '{}')).status).toBe(403);
  });

  test('the token cookie is HttpOnly and SameSite=Strict; pages carry the CSP', async () => {
    const first = await get(bridge, `/?token=${bridge.token}`);
    for (const c of first.headers['set-cookie'] as string[]) expect(c).toMatch(/HttpOnly; SameSite=Strict/);
    const page = await get(bridge, '/', { Cookie: cookie });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
  });

  test('a foreign Host header is refused (DNS rebinding)', async () => {
    const res = await get(bridge, '/', { Cookie: cookie, Host: 'evil.example:80' });
    expect(res.status).toBe(421);
  });

  test('paths cannot leave the renderer folder', async () => {
    for (const p of ['/../secret.txt', '/..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/%2e%2e/secret.txt']) {
      const res = await get(bridge, p, { Cookie: cookie });
      expect(res.body, p).not.toContain('do not serve');
    }
    expect((await get(bridge, '/assets/app.js', { Cookie: cookie })).body).toContain('console.log');
  });

  test('API calls need POST, JSON and the custom header; answers follow the contract', async () => {
    const h = { Cookie: cookie, 'Content-Type': 'application/json', 'X-Atvejis': '1' };
    expect((await get(bridge, '/api/app.status', { Cookie: cookie }, 'POST', '{}')).status).toBe(405);
    expect((await get(bridge, '/api/app.status', h, 'GET')).status).toBe(405);
    const status = await get(bridge, '/api/app.status', h, 'POST', '{}');
    expect(JSON.parse(status.body)).toEqual({ ok: true, value: { initialised: false, centreName: null, defaultLanguage: 'lt' } });
    const bad = await get(bridge, '/api/app.status', h, 'POST', '{not json');
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const unknown = await get(bridge, '/api/nothing.here', h, 'POST', '{}');
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });
});
