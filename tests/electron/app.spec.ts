import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';
import type { WebPreferences } from 'electron';
import { METHOD_NAMES } from '../../electron/contract';
import { electronBinary } from '../../scripts/electron-binary.mjs';

// This file is type-checked without the DOM lib: page code reaches the page's globals through globalThis.
type PageGlobals = { require?: unknown; process?: unknown; api: Record<string, (input: unknown) => Promise<unknown>>; location: { href: string }; open(url: string): unknown };

// The real Electron app (after `npm run build`): the window is locked down and only window.api is exposed.
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const bin = electronBinary();
const SKIP_REASON = 'Electron binary not installed here (it cannot be downloaded on this machine); this test runs where it exists';

test('Electron: app:// window, sandboxed, only window.api, no navigation away', async () => {
  if (!bin) {
    // Printed as well as recorded, so a CI log shows why this test did not run.
    console.log(`SKIPPED: ${SKIP_REASON}`);
    test.skip(true, SKIP_REASON);
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'atvejis-electron-'));
  const env = { ...process.env } as Record<string, string>;
  delete env.ELECTRON_RUN_AS_NODE;
  const electronApp = await electron.launch({ executablePath: bin!, args: ['.', `--data-dir=${dataDir}`], cwd: ROOT, env });
  try {
    const page = await electronApp.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    expect(page.url()).toMatch(/^app:\/\/atvejis\//);
    // A fresh data folder: the first-run screen.
    await expect(page.locator('h1').first()).toBeVisible({ timeout: 30_000 });

    const prefs = await electronApp.evaluate(({ BrowserWindow }) => {
      // getLastWebPreferences is real but missing from Electron's typings.
      const wc = BrowserWindow.getAllWindows()[0]!.webContents as unknown as { getLastWebPreferences(): WebPreferences | null };
      const p = wc.getLastWebPreferences();
      return { contextIsolation: p?.contextIsolation, sandbox: p?.sandbox, nodeIntegration: p?.nodeIntegration, webSecurity: p?.webSecurity };
    });
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.webSecurity).not.toBe(false);

    expect(await page.evaluate(() => typeof (globalThis as unknown as PageGlobals).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof (globalThis as unknown as PageGlobals).process)).toBe('undefined');

    const keys = await page.evaluate(() => Object.keys((globalThis as unknown as PageGlobals).api).sort());
    expect(keys).toEqual([...METHOD_NAMES].sort());
    const status = await page.evaluate(() => (globalThis as unknown as PageGlobals).api['app.status']!({}));
    expect(status).toMatchObject({ ok: true, value: { initialised: false } });

    // Navigation away and new windows are denied.
    await page.evaluate(() => {
      (globalThis as unknown as PageGlobals).location.href = 'https://example.com';
    });
    await page.waitForTimeout(1_000);
    expect(page.url()).toMatch(/^app:\/\/atvejis\//);
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).open('https://example.com') === null)).toBe(true);
    expect(electronApp.windows()).toHaveLength(1);
  } finally {
    await electronApp.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
