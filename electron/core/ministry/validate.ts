// The package checks itself before it is written (MINISTRY-PACKAGE.md): columns, code lists,
// integers ≥ 0, protection, consistency, completeness, and no personal data. A refusal names the row
// and column, never the offending value (it might be the personal data it refuses).
import { MUNICIPALITY_CODES } from '../municipalities';
import { CODE_LISTS, CSV_COLUMNS, GROUP_CODES, INDICATORS, NO_BREAKDOWN, STRUCTURE_ID, SUBSET_OF, type Breakdown, type Indicator } from './codes';
import { cellKey, type Cell } from './compute';
import type { CsvRow } from './csv';
import { RELATIONS, recoverableCells, type ProtectedCell } from './suppress';

export interface PackageProblem {
  /** i18n key under ministry.invalid.* */
  messageKey: string;
  params: Record<string, string | number>;
}

const INTEGER = /^(0|[1-9]\d*)$/;
const ONE_DECIMAL = /^(0|[1-9]\d*)\.\d$/;
// Shapes of personal data that could slip into a numeric or code column.
const PERSONAL_SHAPES = [/\d{11}/, /\d{4}-\d{2}-\d{2}/, /@/];

function problem(reason: string, params: Record<string, string | number> = {}): PackageProblem {
  return { messageKey: `ministry.invalid.${reason}`, params };
}

export interface ValidationContext {
  period: string;
  threshold: number;
}

/** Checks parsed CSV text (header row first). */
export function validateCsvTable(table: readonly string[][], ctx: ValidationContext): PackageProblem[] {
  const [header, ...body] = table;
  if (!header || header.join(',') !== CSV_COLUMNS.join(',')) return [problem('columns')];
  const rows: CsvRow[] = [];
  const problems: PackageProblem[] = [];
  body.forEach((fields, i) => {
    if (fields.length !== CSV_COLUMNS.length) problems.push(problem('fieldCount', { row: i + 2 }));
    else rows.push(Object.fromEntries(CSV_COLUMNS.map((c, j) => [c, fields[j]!])) as CsvRow);
  });
  return problems.length ? problems : validateRows(rows, ctx);
}

export function validateRows(rows: readonly CsvRow[], ctx: ValidationContext): PackageProblem[] {
  const problems: PackageProblem[] = [];
  const cells = new Map<string, ProtectedCell>();
  const actions = new Set<string>();
  const areas = new Set<string>();

  rows.forEach((r, i) => {
    const row = i + 2;
    const bad = (reason: string, column: string) => problems.push(problem(reason, { row, column }));
    for (const column of CSV_COLUMNS) {
      if (PERSONAL_SHAPES.some((re) => re.test(r[column]))) bad('personalData', column);
    }
    if (r.STRUCTURE !== 'dataflow') bad('code', 'STRUCTURE');
    if (r.STRUCTURE_ID !== STRUCTURE_ID) bad('code', 'STRUCTURE_ID');
    if (r.ACTION !== 'I' && r.ACTION !== 'R') bad('code', 'ACTION');
    if (!MUNICIPALITY_CODES.includes(r.REF_AREA)) bad('code', 'REF_AREA');
    if (r.TIME_PERIOD !== ctx.period) bad('period', 'TIME_PERIOD');
    actions.add(r.ACTION);
    areas.add(r.REF_AREA);

    const def = (INDICATORS as Record<string, (typeof INDICATORS)[Indicator]>)[r.INDICATOR];
    if (!def) return bad('code', 'INDICATOR');
    if (!(GROUP_CODES as readonly string[]).includes(r.TARGET_GROUP)) return bad('code', 'TARGET_GROUP');
    if (r.BREAKDOWN === NO_BREAKDOWN) {
      if (r.BREAKDOWN_VALUE !== NO_BREAKDOWN) return bad('code', 'BREAKDOWN_VALUE');
    } else {
      if (!(def.breakdowns as readonly string[]).includes(r.BREAKDOWN)) return bad('code', 'BREAKDOWN');
      if (!(CODE_LISTS[r.BREAKDOWN as Breakdown] as readonly string[]).includes(r.BREAKDOWN_VALUE)) return bad('code', 'BREAKDOWN_VALUE');
    }
    if (r.UNIT_MEASURE !== def.unit) bad('code', 'UNIT_MEASURE');

    let obs = 0;
    if (r.CONF_STATUS === 'C') {
      if (!def.protected) bad('notProtectable', 'CONF_STATUS');
      if (r.OBS_VALUE !== '') bad('confidentialValue', 'OBS_VALUE');
    } else if (r.CONF_STATUS === 'F') {
      if (!(def.decimal ? ONE_DECIMAL : INTEGER).test(r.OBS_VALUE)) bad('number', 'OBS_VALUE');
      obs = Number(r.OBS_VALUE);
      if (def.protected && obs > 0 && obs < ctx.threshold) bad('smallNumber', 'OBS_VALUE');
    } else bad('code', 'CONF_STATUS');

    const cell: ProtectedCell = {
      indicator: r.INDICATOR as Indicator,
      group: r.TARGET_GROUP as Cell['group'],
      breakdown: r.BREAKDOWN as Cell['breakdown'],
      value: r.BREAKDOWN_VALUE,
      obs,
      confidential: r.CONF_STATUS === 'C',
    };
    const key = cellKey(cell);
    if (cells.has(key)) bad('duplicate', 'INDICATOR');
    cells.set(key, cell);
  });
  if (actions.size > 1) problems.push(problem('mixed', { column: 'ACTION' }));
  if (areas.size > 1) problems.push(problem('mixed', { column: 'REF_AREA' }));
  if (problems.length) return problems;

  const missing = expectedKeys().filter((k) => !cells.has(k));
  if (missing.length) return [problem('missingRows', { count: missing.length, first: missing[0]! })];

  for (const [part, whole] of Object.entries(SUBSET_OF) as [Indicator, Indicator][]) {
    for (const group of GROUP_CODES) {
      const p = cells.get(cellKey({ indicator: part, group, breakdown: NO_BREAKDOWN, value: NO_BREAKDOWN }))!;
      const w = cells.get(cellKey({ indicator: whole, group, breakdown: NO_BREAKDOWN, value: NO_BREAKDOWN }))!;
      if (!p.confidential && !w.confidential && p.obs > w.obs) problems.push(problem('subset', { indicator: part, of: whole, group }));
    }
  }
  for (const rel of RELATIONS) {
    const total = cells.get(rel.total)!;
    const parts = rel.parts.map((k) => cells.get(k)!);
    if (total.confidential || parts.some((p) => p.confidential)) continue;
    const sum = parts.reduce((a, p) => a + p.obs, 0);
    if (rel.additive ? sum !== total.obs : sum < total.obs) problems.push(problem('sum', { total: rel.total }));
  }
  const exposed = recoverableCells([...cells.values()]);
  if (exposed.length) problems.push(problem('recoverable', { count: exposed.length, first: exposed[0]! }));
  return problems;
}

/** Every row a complete package has. */
export function expectedKeys(): string[] {
  const keys: string[] = [];
  for (const [indicator, def] of Object.entries(INDICATORS) as [Indicator, (typeof INDICATORS)[Indicator]][]) {
    for (const group of GROUP_CODES) {
      keys.push(cellKey({ indicator, group, breakdown: NO_BREAKDOWN, value: NO_BREAKDOWN }));
      for (const b of def.breakdowns as readonly Breakdown[]) for (const value of CODE_LISTS[b]) keys.push(cellKey({ indicator, group, breakdown: b, value }));
    }
  }
  return keys;
}
