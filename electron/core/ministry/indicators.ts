// From records to a checked indicators.csv: compute, protect, lay out, validate.
import { computeIndicators } from './compute';
import { toRows, writeCsv, type CsvRow, type PackageHeader } from './csv';
import type { MinistryDataset } from './dataset';
import type { Quarter } from './quarter';
import { protect, type ProtectedCell } from './suppress';
import { validateRows, type PackageProblem } from './validate';

export interface IndicatorTable {
  cells: ProtectedCell[];
  rows: CsvRow[];
  csv: string;
  /** Empty when the package may be written. */
  problems: PackageProblem[];
}

export function buildIndicatorTable(data: MinistryDataset, quarter: Quarter, opts: Omit<PackageHeader, 'period'> & { threshold: number }): IndicatorTable {
  const cells = protect(computeIndicators(data, quarter), opts.threshold);
  const rows = toRows(cells, { action: opts.action, refArea: opts.refArea, period: quarter.code });
  return { cells, rows, csv: writeCsv(rows), problems: validateRows(rows, { period: quarter.code, threshold: opts.threshold }) };
}
