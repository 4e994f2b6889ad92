import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildPackage, sha256, type Manifest } from '../../electron/services/ministry/package';
import { DomainError } from '../../electron/services/errors';
import { FIXTURE, Q3 } from '../support/ministry-fixture';

const REQUEST = {
  centre: { name: 'Vilniaus socialinių paslaugų centras', code: 'VSPC', municipality: 'LT-57' },
  quarter: Q3,
  action: 'I' as const,
  threshold: 5,
  createdAt: '2026-10-05T08:00:00.000Z',
  createdByRole: 'admin',
};

describe('R21 the quarterly package file', () => {
  it('R21 is a ZIP named after area, centre and quarter with a manifest whose SHA-256 and row counts match its files', async () => {
    const p = await buildPackage(FIXTURE, REQUEST);
    expect(p.fileName).toBe('case-management-LT-57-VSPC-2026-Q3.zip');
    const files = unzipSync(p.zip);
    expect(Object.keys(files).sort()).toEqual(['indicators.csv', 'indicators.xlsx', 'manifest.json']);
    const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as Manifest;
    expect(manifest).toMatchObject({
      formatVersion: '1.0',
      centre: { name: REQUEST.centre.name, code: 'VSPC', municipality: { iso: 'LT-57', lau: '13' } },
      period: { quarter: '2026-Q3', firstDay: '2026-07-01', lastDay: '2026-09-30' },
      action: 'I',
      created: { at: REQUEST.createdAt, byRole: 'admin' },
      program: { name: 'Atvejis' },
      suppressionThreshold: 5,
    });
    const csvLines = strFromU8(files['indicators.csv']!).split('\r\n').length - 2;
    for (const f of manifest.files) {
      expect(sha256(files[f.name]!), f.name).toBe(f.sha256);
      expect(f.rows).toBe(csvLines);
    }
    expect(p.sha256).toBe(sha256(p.zip));
  });

  it('R21 makes the same bytes twice from the same records', async () => {
    const a = await buildPackage(FIXTURE, REQUEST);
    const b = await buildPackage(FIXTURE, REQUEST);
    expect(Buffer.from(unzipSync(b.zip)['indicators.csv']!).equals(Buffer.from(unzipSync(a.zip)['indicators.csv']!))).toBe(true);
    expect(b.sha256).toBe(a.sha256);
  });

  it('R21 workbook shows the figures under Lithuanian and English headings', async () => {
    const p = await buildPackage(FIXTURE, { ...REQUEST, threshold: 1 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(unzipSync(p.zip)['indicators.xlsx']!.slice().buffer);
    expect(wb.worksheets.map((s) => s.name)).toContain('Atvejai - Cases');
    const sheet = wb.getWorksheet('Atvejai - Cases')!;
    expect(sheet.getRow(1).getCell(6).value).toBe('Rodiklis');
    expect(sheet.getRow(2).getCell(6).value).toBe('Indicator');
    let opened: unknown;
    sheet.eachRow((row) => {
      const v = row.values as unknown[];
      if (v[6] === 'CASES_OPENED' && v[7] === '_T' && v[8] === '_Z') opened = v[10];
    });
    expect(opened).toBe(4);
  });

  it('R21 refuses an unknown municipality and writes nothing', async () => {
    await expect(buildPackage(FIXTURE, { ...REQUEST, centre: { ...REQUEST.centre, municipality: 'LT-99' } })).rejects.toBeInstanceOf(DomainError);
  });
});
