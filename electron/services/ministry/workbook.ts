// indicators.xlsx: the same rows as indicators.csv, one sheet per indicator family, headed in
// Lithuanian and in English (two heading rows), for a person at the Ministry to read.
import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import { CSV_COLUMNS, type Indicator } from '../../core/ministry/codes';
import type { CsvRow } from '../../core/ministry/csv';
import { loadLocaleArea } from '../locale-files';

export const FAMILIES = ['cases', 'persons', 'plans', 'referrals', 'plp', 'ylc', 'staff'] as const;
type Family = (typeof FAMILIES)[number];

export function familyOf(indicator: Indicator): Family {
  if (indicator === 'PERSONS_SERVED') return 'persons';
  if (indicator.startsWith('CASES_')) return 'cases';
  if (indicator.startsWith('IAP_') || indicator.startsWith('REVIEWS_')) return 'plans';
  if (indicator.startsWith('REFERRALS_')) return 'referrals';
  if (indicator.startsWith('PLP_')) return 'plp';
  if (indicator.startsWith('YLC_')) return 'ylc';
  return 'staff';
}

type Labels = { families: Record<Family, string>; columns: Record<(typeof CSV_COLUMNS)[number], string> };

/** The workbook's bytes; its dates are fixed to the quarter's last day so a remake reads the same. */
export async function writeWorkbook(rows: readonly CsvRow[], stampDate: Date): Promise<Buffer> {
  const labels = { lt: loadLocaleArea<Labels>('lt', 'ministry'), en: loadLocaleArea<Labels>('en', 'ministry') };
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Atvejis';
  wb.created = stampDate;
  wb.modified = stampDate;
  for (const family of FAMILIES) {
    const sheet = wb.addWorksheet(`${labels.lt.families[family]} - ${labels.en.families[family]}`.slice(0, 31));
    sheet.addRow(CSV_COLUMNS.map((c) => labels.lt.columns[c]));
    sheet.addRow(CSV_COLUMNS.map((c) => labels.en.columns[c]));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(2).font = { italic: true };
    sheet.views = [{ state: 'frozen', ySplit: 2 }];
    for (const r of rows) {
      if (familyOf(r.INDICATOR as Indicator) !== family) continue;
      // Figures as numbers so a spreadsheet can add them up; a hidden figure stays an empty cell.
      sheet.addRow(CSV_COLUMNS.map((c) => (c === 'OBS_VALUE' && r.OBS_VALUE !== '' ? Number(r.OBS_VALUE) : r[c])));
    }
    sheet.columns.forEach((col) => (col.width = 18));
  }
  // exceljs stamps each part of the file with the current time; re-pack it with fixed times so the
  // same figures always give the same bytes (and the same SHA-256 in the manifest).
  const parts = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
  return Buffer.from(zipSync(Object.fromEntries(Object.entries(parts).map(([name, data]) => [name, [data, { mtime: stampDate }]])), { level: 6 }));
}
