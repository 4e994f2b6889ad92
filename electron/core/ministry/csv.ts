// indicators.csv: SDMX-CSV 2.0 columns, RFC 4180, UTF-8 without BOM, CRLF, rows sorted by every
// column left to right, so the same records and period always give the same bytes.
import { CSV_COLUMNS, INDICATORS, STRUCTURE_ID } from './codes';
import type { ProtectedCell } from './suppress';

export type CsvRow = Record<(typeof CSV_COLUMNS)[number], string>;

export interface PackageHeader {
  action: 'I' | 'R';
  /** The municipality's ISO 3166-2 code, e.g. LT-57. */
  refArea: string;
  /** "2026-Q3" */
  period: string;
}

export function formatObs(cell: ProtectedCell): string {
  if (cell.confidential) return '';
  return INDICATORS[cell.indicator].decimal ? cell.obs.toFixed(1) : String(cell.obs);
}

export function toRows(cells: readonly ProtectedCell[], h: PackageHeader): CsvRow[] {
  const rows = cells.map(
    (c): CsvRow => ({
      STRUCTURE: 'dataflow',
      STRUCTURE_ID,
      ACTION: h.action,
      REF_AREA: h.refArea,
      TIME_PERIOD: h.period,
      INDICATOR: c.indicator,
      TARGET_GROUP: c.group,
      BREAKDOWN: c.breakdown,
      BREAKDOWN_VALUE: c.value,
      OBS_VALUE: formatObs(c),
      UNIT_MEASURE: INDICATORS[c.indicator].unit,
      CONF_STATUS: c.confidential ? 'C' : 'F',
    }),
  );
  return rows.sort(compareRows);
}

/** Ordinal (code unit) comparison, column by column: independent of locale. */
export function compareRows(a: CsvRow, b: CsvRow): number {
  for (const col of CSV_COLUMNS) {
    if (a[col] !== b[col]) return a[col] < b[col] ? -1 : 1;
  }
  return 0;
}

function field(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function writeCsv(rows: readonly CsvRow[]): string {
  const lines = [CSV_COLUMNS.join(','), ...rows.map((r) => CSV_COLUMNS.map((c) => field(r[c])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

/** RFC 4180 reader for checking a written file (quoted fields, doubled quotes, CRLF). */
export function parseCsv(text: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cur);
      cur = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cur);
      out.push(row);
      row = [];
      cur = '';
      i++;
    } else cur += ch;
  }
  if (cur !== '' || row.length) {
    row.push(cur);
    out.push(row);
  }
  return out;
}
