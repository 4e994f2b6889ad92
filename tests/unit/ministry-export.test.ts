import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodOutput } from '../../electron/contract';
import { buildDemoCentre, type DemoCentre } from '../../electron/cli/demo-centre';
import { parseCsv } from '../../electron/core/ministry/csv';
import type { Manifest } from '../../electron/services/ministry/package';
import { expectError } from '../support/expect-api';

const run = promisify(execFile);
const NOW = Date.parse('2026-11-23T10:00:00Z');

describe('R21 making the quarterly package from a centre', () => {
  let centre: DemoCentre;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'atvejis-ministry-'));
    centre = await buildDemoCentre({ dataDir, cases: 400, seed: 11, now: () => NOW });
  }, 120_000);
  afterAll(async () => {
    await centre?.app.shutdown();
  });

  const call = async <M extends 'ministry.preview' | 'ministry.export' | 'ministry.history'>(method: M, input: object) => {
    const r = await centre.dispatch('cli', method, input);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value as MethodOutput<M>;
  };

  it('R21 preview shows every figure with hidden ones marked, and its opened-cases total equals a count in SQL', async () => {
    const p = await call('ministry.preview', { quarter: '2026-Q3' });
    expect(p).toMatchObject({ quarter: '2026-Q3', firstDay: '2026-07-01', lastDay: '2026-09-30', action: 'I', threshold: 5 });
    expect(p.fileName).toBe('case-management-LT-57-DEMO-2026-Q3.zip');
    const opened = p.cells.find((c) => c.indicator === 'CASES_OPENED' && c.group === '_T' && c.breakdown === '_Z')!;
    const sqlCount = centre.app.handle.sqlite
      .prepare(`SELECT count(*) AS n FROM cases WHERE intake_date BETWEEN '2026-07-01' AND '2026-09-30'`)
      .get() as { n: number };
    expect(sqlCount.n).toBeGreaterThanOrEqual(5);
    expect(opened).toMatchObject({ obs: sqlCount.n, confidential: false });
    const open = centre.app.handle.sqlite
      .prepare(`SELECT count(*) AS n FROM cases WHERE intake_date <= '2026-09-30' AND (closed_on IS NULL OR closed_on > '2026-09-30')`)
      .get() as { n: number };
    const openEnd = p.cells.find((c) => c.indicator === 'CASES_OPEN_END' && c.group === '_T' && c.breakdown === '_Z')!;
    expect(openEnd.obs).toBe(open.n);
    for (const c of p.cells.filter((x) => x.confidential)) expect(c.obs).toBeNull();
  });

  it('R21 the first package of a quarter is I, a later one R, each recorded with its SHA-256', async () => {
    const first = await call('ministry.export', { quarter: '2026-Q3' });
    expect(first.record.action).toBe('I');
    const files = unzipSync(Buffer.from(first.zipBase64, 'base64'));
    const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as Manifest;
    expect(manifest.action).toBe('I');
    expect(manifest.centre).toMatchObject({ code: 'DEMO', municipality: { iso: 'LT-57', lau: '13' } });
    const rows = parseCsv(strFromU8(files['indicators.csv']!));
    expect(rows[1]![2]).toBe('I');
    const again = await call('ministry.export', { quarter: '2026-Q3' });
    expect(again.record.action).toBe('R');
    // The same records give the same figures: only the action column differs.
    const againRows = parseCsv(strFromU8(unzipSync(Buffer.from(again.zipBase64, 'base64'))['indicators.csv']!));
    expect(againRows.map((r) => r.filter((_, i) => i !== 2))).toEqual(rows.map((r) => r.filter((_, i) => i !== 2)));
    const history = await call('ministry.history', {});
    expect(history.map((h) => [h.quarter, h.action, h.sha256])).toEqual([
      ['2026-Q3', 'R', again.record.sha256],
      ['2026-Q3', 'I', first.record.sha256],
    ]);
    const audit = centre.app.handle.sqlite.prepare(`SELECT count(*) AS n FROM audit_log WHERE action = 'ministry.export'`).get() as { n: number };
    expect(audit.n).toBe(2);
  });

  it('R21 refuses a quarter that has not ended, and records nothing', async () => {
    const before = (await call('ministry.history', {})).length;
    expectError(await centre.dispatch('cli', 'ministry.export', { quarter: '2026-Q4' }), 'VALIDATION', 'validation.quarterNotEnded');
    expectError(await centre.dispatch('cli', 'ministry.export', { quarter: '2026-Q5' }), 'VALIDATION');
    expect((await call('ministry.history', {})).length).toBe(before);
  });

  it('R21 the command line makes the same package while the program has the data folder open', async () => {
    const out = join(dataDir, 'paketas.zip');
    const { stdout } = await run('npx', ['tsx', 'electron/cli/export-quarter.ts', '--data-dir', dataDir, '--quarter', '2026-Q2', '--out', out, '--username', centre.admin.username], {
      env: { ...process.env, ATVEJIS_PASSWORD: centre.admin.password },
    });
    expect(stdout).toContain('case-management-LT-57-DEMO-2026-Q2.zip');
    const manifest = JSON.parse(strFromU8(unzipSync(readFileSync(out))['manifest.json']!)) as Manifest;
    expect(manifest.period).toEqual({ quarter: '2026-Q2', firstDay: '2026-04-01', lastDay: '2026-06-30' });
    const history = await call('ministry.history', {});
    expect(history[0]).toMatchObject({ quarter: '2026-Q2', action: 'I', createdByName: expect.any(String) });
    await expect(
      run('npx', ['tsx', 'electron/cli/export-quarter.ts', '--data-dir', dataDir, '--quarter', '2026-Q2', '--out', join(dataDir, 'x.zip'), '--username', centre.admin.username], {
        env: { ...process.env, ATVEJIS_PASSWORD: 'neteisingas' },
      }),
    ).rejects.toMatchObject({ code: 1 });
  }, 60_000);
});
