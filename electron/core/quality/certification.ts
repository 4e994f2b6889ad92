// R19: the case manager certification form (ILO Table 4). Each scored item gets 0–SCORE_MAX; the sum
// is compared with the centre's minimum benchmark. The ILO text: the certificate is given when the
// cumulated score is higher than the minimum score.

export const SCORE_MAX = 5;

export const CERTIFICATION_PARTS = {
  /** Part 1.1 Expertise and theoretical knowledge (synthesis plus grading). */
  knowledge: ['caseManagement', 'relatedProcesses', 'operatingProcedures', 'legalDocuments'],
  /** Part 1.2 Technical skills (assessment on the job). */
  technical: ['needsAssessment', 'rightServices', 'closeCase', 'crisisResponse', 'computerLiteracy', 'dataSets', 'informalSupport'],
  /** Part 2 Skills evaluation: practical skills. */
  practical: ['engageClients', 'sensitiveCases', 'riskFactors', 'psychologicalAssessment', 'teamwork', 'supervision', 'ethicsCode'],
  /** Part 3 Analysis of managed cases. */
  cases: ['closedCasesReview', 'colleagueReferences'],
} as const;

export type CertificationPart = keyof typeof CERTIFICATION_PARTS;
export type CertificationItem = (typeof CERTIFICATION_PARTS)[CertificationPart][number];
export const CERTIFICATION_ITEMS: readonly CertificationItem[] = Object.values(CERTIFICATION_PARTS).flat();
export const MAX_TOTAL = CERTIFICATION_ITEMS.length * SCORE_MAX;

export type Scores = Record<CertificationItem, number>;

export function totalScore(scores: Scores): number {
  return CERTIFICATION_ITEMS.reduce((sum, item) => sum + scores[item], 0);
}

export function partScore(scores: Scores, part: CertificationPart): number {
  return CERTIFICATION_PARTS[part].reduce((sum, item) => sum + scores[item as CertificationItem], 0);
}

/** Certified when the sum is higher than the benchmark; equal to it is not enough (ILO Table 4). */
export function certificationResult(scores: Scores, benchmark: number): { total: number; passed: boolean } {
  const total = totalScore(scores);
  return { total, passed: total > benchmark };
}
