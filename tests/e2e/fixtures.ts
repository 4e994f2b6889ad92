import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBridge, type RunningBridge } from '../../electron/bridge/server';
import { defaultRendererRoot } from '../../electron/serving/renderer-files';

/**
 * Each test gets its own empty data folder behind its own loopback bridge. When a test fails, what
 * the screen showed (its accessibility tree) is printed: a failure on the CI machine, whose trace
 * and screenshot stay there, can then still be read from the CI log.
 */
export const test = base.extend<{ bridge: RunningBridge; screenOnFailure: void }>({
  // Playwright reads fixture dependencies from the destructuring pattern; this fixture has none.
  // eslint-disable-next-line no-empty-pattern
  bridge: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'atvejis-e2e-'));
    const bridge = await startBridge({ dataDir: dir, rendererRoot: defaultRendererRoot() });
    await use(bridge);
    await bridge.close();
    rmSync(dir, { recursive: true, force: true });
  },
  screenOnFailure: [
    async ({ page }, use, testInfo) => {
      await use();
      if (testInfo.status === testInfo.expectedStatus || page.isClosed()) return;
      const tree = await page
        .locator('body')
        .ariaSnapshot({ timeout: 5_000 })
        .catch((err: unknown) => `(no snapshot: ${String(err)})`);
      await testInfo.attach('screen at failure', { contentType: 'text/plain', body: `${page.url().replace(/token=[^&]+/, 'token=…')}\n${tree.slice(0, 6_000)}` });
    },
    { auto: true },
  ],
});
export { expect };

export async function expectAccessible(page: Page, what: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${what}`).toEqual([]);
}

export const CENTRE = { name: 'Kauno socialinių paslaugų centras', code: 'KSPC', municipalitySearch: 'Kauno miesto' };
export const ADMIN = { fullName: 'Aušra Žilinskienė', username: 'ausra', password: 'Kaunas-Ąžuolas-2026' };

/** Walks the first-run wizard in Lithuanian and stops at the sign-in screen. */
export async function setUpCentre(page: Page, bridge: RunningBridge, check?: (step: string) => Promise<void>, opts: { demo?: boolean } = {}): Promise<string> {
  await page.goto(bridge.openUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Atvejis diegimas' })).toBeVisible();
  await check?.('first-run: centre');
  await page.getByLabel('Centro pavadinimas').fill(CENTRE.name);
  await page.getByLabel('Trumpasis kodas').fill(CENTRE.code);
  await page.getByRole('combobox', { name: 'Savivaldybė' }).fill(CENTRE.municipalitySearch);
  await page.getByRole('option', { name: 'Kauno miesto savivaldybė' }).click();
  await page.getByRole('button', { name: 'Toliau' }).click();
  await page.getByLabel('Vardas ir pavardė').fill(ADMIN.fullName);
  await page.getByLabel('Naudotojo vardas').fill(ADMIN.username);
  await page.getByRole('textbox', { name: 'Slaptažodis', exact: true }).fill(ADMIN.password);
  await page.getByLabel('Pakartokite slaptažodį').fill(ADMIN.password);
  await check?.('first-run: administrator');
  await page.getByRole('button', { name: 'Toliau' }).click();
  if (opts.demo) await page.getByRole('checkbox', { name: /demonstraciniais duomenimis/ }).check();
  await page.getByRole('button', { name: 'Sukurti centrą' }).click();
  const key = (await page.getByTestId('recovery-key').textContent()) ?? '';
  await check?.('first-run: recovery key');
  await page.getByLabel('Atkūrimo raktą atsispausdinau arba užsirašiau ir saugiai padėjau').check();
  await page.getByRole('button', { name: 'Tęsti prisijungimą' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Prisijungimas' })).toBeVisible();
  return key;
}

export async function signIn(page: Page, username: string, password: string, labels = { user: 'Naudotojo vardas', password: 'Slaptažodis', submit: 'Prisijungti' }): Promise<void> {
  await page.getByLabel(labels.user).fill(username);
  await page.getByRole('textbox', { name: labels.password, exact: true }).fill(password);
  await page.getByRole('button', { name: labels.submit }).click();
}

/** The language switch is a segmented control: a person clicks the visible label. */
export async function switchLanguage(page: Page, name: 'English' | 'Lietuvių'): Promise<void> {
  await page.locator('label', { hasText: name }).first().click();
}

export type Lang = 'lt' | 'en';

function loadLocale(lang: Lang): Record<string, unknown> {
  const dir = join(import.meta.dirname, '..', '..', 'locales', lang);
  const out: Record<string, unknown> = {};
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.json'))) out[f.replace(/\.json$/, '')] = JSON.parse(readFileSync(join(dir, f), 'utf8'));
  return out;
}
const LOCALES = { lt: loadLocale('lt'), en: loadLocale('en') };

/** The text a key shows in a language (no plurals), with {{params}} filled in: tests find controls as a person reads them. */
export function tr(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  const v = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], LOCALES[lang]);
  if (typeof v !== 'string') throw new Error(`no ${lang} text for ${key}`);
  return v.replace(/\{\{(\w+)\}\}/g, (_, p: string) => String(params[p]));
}
