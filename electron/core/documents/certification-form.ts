import type { CertificationItem as ScoredItem } from '../quality/certification';
import {
  fieldTable,
  formDocument,
  FORM_TABLE_LAYOUT,
  longTextBlock,
  section,
  signatureBlock,
  subsection,
  type Content,
  type DocDefinition,
  type DocumentFrame,
  type Translate,
} from './layout';

// ILO Table 4 (Case Manager certification form), DOMAIN R19: each item is scored, the sum is
// compared with the centre's minimum benchmark, the result and the evaluator are recorded.

export type CertificationMethod = 'synthesis' | 'onTheJob' | 'onTheJobSupervisor' | 'supervisorReview' | 'references';

/** The scored items of ILO Table 4, grouped as in the table. */
export const CERTIFICATION_GROUPS = [
  {
    key: 'knowledge',
    part: 1,
    items: [
      { key: 'caseManagement', method: 'synthesis' },
      { key: 'relatedProcesses', method: 'synthesis' },
      { key: 'operatingProcedures', method: 'synthesis' },
      { key: 'legalDocuments', method: 'synthesis' },
    ],
  },
  {
    key: 'technical',
    part: 1,
    items: [
      { key: 'needsAssessment', method: 'onTheJob' },
      { key: 'rightServices', method: 'onTheJob' },
      { key: 'closeCase', method: 'onTheJob' },
      { key: 'crisisResponse', method: 'onTheJob' },
      { key: 'computerLiteracy', method: 'onTheJob' },
      { key: 'dataSets', method: 'onTheJob' },
      { key: 'informalSupport', method: 'onTheJob' },
    ],
  },
  {
    key: 'practical',
    part: 2,
    items: [
      { key: 'engageClients', method: 'onTheJob' },
      { key: 'sensitiveCases', method: 'onTheJob' },
      { key: 'riskFactors', method: 'onTheJob' },
      { key: 'psychologicalAssessment', method: 'onTheJob' },
      { key: 'teamwork', method: 'onTheJob' },
      { key: 'supervision', method: 'onTheJobSupervisor' },
      { key: 'ethicsCode', method: 'onTheJobSupervisor' },
    ],
  },
  {
    key: 'cases',
    part: 3,
    items: [
      { key: 'closedCasesReview', method: 'supervisorReview' },
      { key: 'colleagueReferences', method: 'references' },
    ],
  },
] as const satisfies readonly { key: string; part: 1 | 2 | 3; items: readonly { key: string; method: CertificationMethod }[] }[];

export type CertificationItem = (typeof CERTIFICATION_GROUPS)[number]['items'][number]['key'];
// The printed items are the scored ones, id for id (a compile error if the two lists part).
const SAME_ITEMS: [CertificationItem, ScoredItem] extends [ScoredItem, CertificationItem] ? true : never = true;
void SAME_ITEMS;
export const CERTIFICATION_ITEMS: readonly CertificationItem[] = CERTIFICATION_GROUPS.flatMap((g) => g.items.map((i) => i.key));

export interface CertificationFormData {
  frame: DocumentFrame;
  caseManagerName: string;
  /** YYYY-MM-DD of the evaluation. */
  date: string;
  evaluatorName: string;
  /** What the case manager was told about the certification process, and their consent. */
  consentDetails: string;
  introduction: {
    jobTitle: string;
    lengthOfEmployment: string;
    areaOfEmployment: string;
    employerDetails: string;
    supervisor: string;
    coreFunctions: string;
    weeklyHours: string;
    formalTraining: string;
    caseManagementTrainingHours: string;
  };
  /** Each item's score (whole points, 0…maxScore) and the evaluator's short synthesis; missing = not scored yet. */
  scores: Partial<Record<CertificationItem, { score: number; note?: string }>>;
  maxScore: number;
  /** The centre's minimum total to be certified. */
  benchmark: number;
  part4: { generalComments: string; strengths: string; risks: string; recommendations: string };
  /** The evaluator's conclusion in words. */
  conclusion: string;
}

export interface CertificationOutcome {
  sum: number;
  maxTotal: number;
  scored: number;
  complete: boolean;
  /** null until every item is scored. */
  passed: boolean | null;
}

/** R19: the sum of the item scores against the minimum benchmark: higher than it certifies (ILO Table 4), as electron/core/quality/certification.ts. */
export function certificationOutcome(scores: CertificationFormData['scores'], benchmark: number, maxScore: number): CertificationOutcome {
  const given = CERTIFICATION_ITEMS.map((k) => scores[k]?.score).filter((s): s is number => typeof s === 'number');
  const sum = given.reduce((a, b) => a + b, 0);
  const complete = given.length === CERTIFICATION_ITEMS.length;
  return { sum, maxTotal: CERTIFICATION_ITEMS.length * maxScore, scored: given.length, complete, passed: complete ? sum > benchmark : null };
}

export function buildCertificationForm(d: CertificationFormData, t: Translate): DocDefinition {
  const k = (key: string) => t(`documents.certification.${key}`);
  const outcome = certificationOutcome(d.scores, d.benchmark, d.maxScore);
  const scoreTable = (group: (typeof CERTIFICATION_GROUPS)[number]): Content => ({
    table: {
      widths: ['*', '26%', 44],
      headerRows: 1,
      dontBreakRows: true,
      body: [
        [
          { text: k('item'), style: 'cellHeader' },
          { text: k('method'), style: 'cellHeader' },
          { text: k('score'), style: 'cellHeader', alignment: 'center' },
        ],
        ...group.items.map((item) => {
          const s = d.scores[item.key];
          return [
            { stack: [{ text: k(`items.${item.key}`) }, ...(s?.note ? [{ text: s.note, style: 'hint' }] : [])] },
            { text: k(`methods.${item.method}`), style: 'hint' },
            { text: s ? `${s.score} / ${d.maxScore}` : '____', alignment: 'center', bold: true },
          ];
        }),
      ],
    },
    layout: FORM_TABLE_LAYOUT,
    margin: [0, 0, 0, 6],
  });
  const group = (key: string) => CERTIFICATION_GROUPS.find((g) => g.key === key)!;
  const i = d.introduction;
  const result = outcome.passed === null ? k('resultPending') : outcome.passed ? k('resultCertified') : k('resultNotCertified');
  const content: Content[] = [
    fieldTable([
      [k('caseManager'), d.caseManagerName],
      [t('documents.common.date'), d.date],
      [k('evaluator'), d.evaluatorName],
      [k('consent'), d.consentDetails],
    ]),
    section(k('introduction')),
    fieldTable([
      [k('jobTitle'), i.jobTitle],
      [k('lengthOfEmployment'), i.lengthOfEmployment],
      [k('areaOfEmployment'), i.areaOfEmployment],
      [k('employerDetails'), i.employerDetails],
      [k('supervisor'), i.supervisor],
      [k('coreFunctions'), i.coreFunctions],
      [k('weeklyHours'), i.weeklyHours],
      [k('formalTraining'), i.formalTraining],
      [k('trainingHours'), i.caseManagementTrainingHours],
    ]),
    section(k('part1')),
    subsection(k('groups.knowledge')),
    scoreTable(group('knowledge')),
    subsection(k('groups.technical')),
    scoreTable(group('technical')),
    section(k('part2')),
    scoreTable(group('practical')),
    section(k('part3')),
    scoreTable(group('cases')),
    section(k('part4')),
    longTextBlock(k('generalComments'), d.part4.generalComments),
    longTextBlock(k('strengths'), d.part4.strengths),
    longTextBlock(k('risks'), d.part4.risks),
    longTextBlock(k('recommendations'), d.part4.recommendations),
    { text: k('documentsNote'), style: 'hint', margin: [0, 0, 0, 6] },
    {
      unbreakable: true,
      stack: [
        { text: k('resultTitle'), style: 'section' },
        fieldTable([
          [k('sum'), `${outcome.sum} / ${outcome.maxTotal}`],
          [k('benchmark'), String(d.benchmark)],
          [k('scoredItems'), `${outcome.scored} / ${CERTIFICATION_ITEMS.length}`],
          [k('result'), { text: result, bold: true }],
          [k('conclusion'), d.conclusion],
        ]),
        signatureBlock(t, [
          { role: k('evaluator'), name: d.evaluatorName, date: d.date },
          { role: k('caseManager'), name: d.caseManagerName, date: null },
        ]),
      ],
    },
  ];
  return formDocument({ frame: { ...d.frame, caseNumber: null }, title: k('title'), subtitle: d.caseManagerName, t, content });
}
