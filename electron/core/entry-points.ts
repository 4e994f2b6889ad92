// R1, no wrong door: the built-in entry points per target group. Any group also takes the common
// ones, and 'other' with a free-text description, so no referral is ever turned away by the form.
import { TARGET_GROUPS } from './case-enums';
import type { TargetGroup } from './deadlines';

export { TARGET_GROUPS };

export const GROUP_ENTRY_POINTS = {
  // The Disability Agency's evaluation (its Assistance Manager's plan, forwarded by the municipal
  // Disability Coordinator); a group living or sheltered home; an NGO; a subdistrict (seniūnija)
  // social worker; a Mental Health Centre.
  PWD: ['disabilityAgency', 'groupHome', 'ngo', 'subdistrictSocialWorker', 'mentalHealthCentre'],
  // The prison social worker (ideally 12 months before release); an NGO met at release.
  PLP: ['prisonSocialWorker', 'ngoAtRelease'],
  // The young person's own application, or a social or youth worker's on their behalf.
  YLC: ['selfApplication', 'socialWorkerOnBehalf'],
  OTHER: [],
} as const satisfies Readonly<Record<TargetGroup, readonly string[]>>;

export const COMMON_ENTRY_POINTS = ['selfReferral', 'pes', 'healthCare', 'other'] as const;

export type EntryPoint = (typeof GROUP_ENTRY_POINTS)[TargetGroup][number] | (typeof COMMON_ENTRY_POINTS)[number];

/** Every code, once, in display order: group-specific first, then the common ones. */
export const ENTRY_POINTS: readonly EntryPoint[] = [...new Set<EntryPoint>([...TARGET_GROUPS.flatMap((g) => GROUP_ENTRY_POINTS[g]), ...COMMON_ENTRY_POINTS])];

/** The entry points offered for a group, in display order. */
export function entryPointsFor(group: TargetGroup): readonly EntryPoint[] {
  return [...GROUP_ENTRY_POINTS[group], ...COMMON_ENTRY_POINTS];
}

export function isEntryPointFor(group: TargetGroup, code: string): code is EntryPoint {
  return (entryPointsFor(group) as readonly string[]).includes(code);
}

/** 'other' is recorded with what it was: a free-text description is required. */
export function entryPointNeedsText(code: string): boolean {
  return code === 'other';
}
