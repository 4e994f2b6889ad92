// What the quarterly figures are counted from: plain records, loaded from the database by
// db/repositories/ministry.ts. Every date is a calendar date (YYYY-MM-DD) in Europe/Vilnius.
import type { CodeOf, PackageGroup } from './codes';

export interface MinistryCase {
  id: number;
  clientId: number;
  targetGroup: PackageGroup;
  /** The program's entry-point code (electron/core/entry-points.ts). */
  entryPoint: string;
  intensity: 'high' | 'moderate' | 'low';
  /** The day the case was opened. */
  intakeDate: string;
  /** The day its closure took effect (authorised, or a not-eligible intake closed); null while open. */
  closedOn: string | null;
  /** The program's closure reason (R14); null for an intake closed as not eligible. */
  closureReason: string | null;
  /** R15: a new episode after a closed one. */
  reopened: boolean;
  sex: 'F' | 'M' | null;
  birthDate: string | null;
  caseManagerId: number | null;
  assignedOn: string | null;
  /** YLC: the coordinator's appointment starts the plan clock (R7). */
  coordinatorAppointedOn: string | null;
  releaseDate: string | null;
  /** The day each signed plan version took effect (the later of the two signatures), oldest first. */
  planSignedOn: string[];
  /** Formal review dates (R10), oldest first. */
  reviewedOn: string[];
  /** Visits recorded before release (pre-release visit notes). */
  visitDates: string[];
  /** YLC eligibility decisions (R3). */
  eligibilityDecisions: { decidedOn: string; eligible: boolean }[];
  /** YLC supports given, by Ministry support type. */
  supports: { on: string; type: CodeOf<'SUPPORT_TYPE'> }[];
}

export interface MinistryReferral {
  targetGroup: PackageGroup;
  sector: CodeOf<'SECTOR'>;
  sentOn: string;
  completedOn: string | null;
  declinedOn: string | null;
}

export interface MinistryDataset {
  cases: MinistryCase[];
  referrals: MinistryReferral[];
  /** Months to the first plan and between reviews, per group (R7, R10). */
  timing: Record<PackageGroup, { planMonths: number; reviewMonths: number }>;
}
