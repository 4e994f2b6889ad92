// R17: caseload bands (high 5–10, moderate 10–20, low 20–30 cases per case manager). The upper end of
// each band is a full load, so load = high/10 + moderate/20 + low/30 (5 high + 10 low = 50 % + 33 % = 83 %).

export const INTENSITY_BANDS = {
  high: { min: 5, max: 10 },
  moderate: { min: 10, max: 20 },
  low: { min: 20, max: 30 },
} as const;
export type Intensity = keyof typeof INTENSITY_BANDS;

export type CaseCounts = Record<Intensity, number>;

export const EMPTY_COUNTS: CaseCounts = { high: 0, moderate: 0, low: 0 };

/** The weighted load as a fraction of a full caseload (1 = 100 %). */
export function caseload(c: CaseCounts): number {
  return c.high / INTENSITY_BANDS.high.max + c.moderate / INTENSITY_BANDS.moderate.max + c.low / INTENSITY_BANDS.low.max;
}

/** Whole percent, rounded half up, for display (83 for 5 high + 10 low). */
export function loadPercent(c: CaseCounts): number {
  // In sixtieths of a full load (60 is the common denominator of 10, 20 and 30), so no float rounding.
  const sixtieths = c.high * 6 + c.moderate * 3 + c.low * 2;
  return Math.floor((sixtieths * 10 + 3) / 6);
}

export type LoadLevel = 'below' | 'full' | 'over';

/** Over 100 % is overload; exactly 100 % is a full load, not yet over (R17 warns on overload). */
export function loadLevel(c: CaseCounts): LoadLevel {
  const sixtieths = c.high * 6 + c.moderate * 3 + c.low * 2;
  if (sixtieths > 60) return 'over';
  return sixtieths === 60 ? 'full' : 'below';
}

/** Would one more case of this intensity push the case manager over 100 %? */
export function assignmentWouldOverload(c: CaseCounts, intensity: Intensity): boolean {
  return loadLevel({ ...c, [intensity]: c[intensity] + 1 }) === 'over';
}
