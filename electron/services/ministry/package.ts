// The quarterly package as one ZIP: manifest.json, indicators.csv and indicators.xlsx
// (MINISTRY-PACKAGE.md, "The file"). Refuses to write a package that fails its own checks.
import { createHash } from 'node:crypto';
import { strToU8, zipSync } from 'fflate';
import { FORMAT_VERSION } from '../../core/ministry/codes';
import type { MinistryDataset } from '../../core/ministry/dataset';
import { buildIndicatorTable } from '../../core/ministry/indicators';
import type { Quarter } from '../../core/ministry/quarter';
import type { ProtectedCell } from '../../core/ministry/suppress';
import { municipalityByIso } from '../../core/municipalities';
import { APP_VERSION } from '../../core/version';
import { DomainError } from '../errors';
import { writeWorkbook } from './workbook';

export interface PackageRequest {
  centre: { name: string; code: string; municipality: string };
  quarter: Quarter;
  action: 'I' | 'R';
  threshold: number;
  createdAt: string;
  createdByRole: string;
}

export interface BuiltPackage {
  fileName: string;
  zip: Uint8Array;
  sha256: string;
  csv: string;
  manifest: Manifest;
  cells: ProtectedCell[];
}

export interface Manifest {
  formatVersion: string;
  centre: { name: string; code: string; municipality: { iso: string; lau: string } };
  period: { quarter: string; firstDay: string; lastDay: string };
  action: 'I' | 'R';
  created: { at: string; byRole: string };
  program: { name: string; version: string };
  suppressionThreshold: number;
  files: { name: string; rows: number; sha256: string }[];
}

export const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

export function packageFileName(refArea: string, centreCode: string, quarter: Quarter): string {
  return `case-management-${refArea}-${centreCode}-${quarter.year}-Q${quarter.n}.zip`;
}

export async function buildPackage(data: MinistryDataset, req: PackageRequest): Promise<BuiltPackage> {
  const municipality = municipalityByIso(req.centre.municipality);
  if (!municipality) throw new DomainError('VALIDATION', 'errors.municipalityUnknown');
  const table = buildIndicatorTable(data, req.quarter, { action: req.action, refArea: municipality.iso, threshold: req.threshold });
  if (table.problems.length) {
    throw new DomainError(
      'VALIDATION',
      'errors.packageInvalid',
      { count: table.problems.length },
      table.problems.map((p) => ({ path: String(p.params.row ?? p.params.column ?? ''), messageKey: p.messageKey, params: p.params })),
    );
  }
  const csvBytes = strToU8(table.csv);
  const xlsx = await writeWorkbook(table.rows, new Date(`${req.quarter.lastDay}T00:00:00Z`));
  const manifest: Manifest = {
    formatVersion: FORMAT_VERSION,
    centre: { name: req.centre.name, code: req.centre.code, municipality: { iso: municipality.iso, lau: municipality.lau } },
    period: { quarter: req.quarter.code, firstDay: req.quarter.firstDay, lastDay: req.quarter.lastDay },
    action: req.action,
    created: { at: req.createdAt, byRole: req.createdByRole },
    program: { name: 'Atvejis', version: APP_VERSION },
    suppressionThreshold: req.threshold,
    files: [
      { name: 'indicators.csv', rows: table.rows.length, sha256: sha256(csvBytes) },
      { name: 'indicators.xlsx', rows: table.rows.length, sha256: sha256(xlsx) },
    ],
  };
  // Fixed entry times: the ZIP's bytes change only when its contents do.
  const mtime = new Date(`${req.quarter.lastDay}T00:00:00Z`);
  const zip = zipSync(
    {
      'manifest.json': [strToU8(`${JSON.stringify(manifest, null, 2)}\n`), { mtime }],
      'indicators.csv': [csvBytes, { mtime }],
      'indicators.xlsx': [new Uint8Array(xlsx), { mtime }],
    },
    { level: 9 },
  );
  return {
    fileName: packageFileName(municipality.iso, req.centre.code, req.quarter),
    zip,
    sha256: sha256(zip),
    csv: table.csv,
    manifest,
    cells: table.cells,
  };
}
