import {
  fieldTable,
  formDocument,
  FORM_TABLE_LAYOUT,
  longTextBlock,
  section,
  signatureBlock,
  valueOrDash,
  type Content,
  type DocDefinition,
  type DocumentFrame,
  type Translate,
} from './layout';

// The Individual Action Plan (IAP), or for young people leaving care the Independent Living Plan
// (ILP), as signed (DOMAIN R5, R6): one version, printed for the client's and the case manager's signatures.

export interface ActionPlanStep {
  text: string;
  who: string;
  /** YYYY-MM-DD or null when no date was set. */
  dueDate: string | null;
}

export interface ActionPlanData {
  frame: DocumentFrame;
  caseNumber: string;
  /** 'ilp' for the Transition Service (YLC), 'iap' otherwise. */
  kind: 'iap' | 'ilp';
  version: number;
  client: { name: string; personalCode: string | null; birthDate: string | null };
  /** The target group's code (PWD, PLP, YLC, OTHER). */
  targetGroup: string;
  caseManagerName: string;
  assessmentSummary: string;
  goals: { text: string; steps: ActionPlanStep[] }[];
  services: string;
  clientCommitments: string;
  centreCommitments: string;
  rightsText: string;
  signedByClientOn: string | null;
  signedByManagerOn: string | null;
}

/** A goal's heading (kept off the bottom of a page) and its steps; the column headers repeat on each page, a step row is never split. */
function goalBlock(t: Translate, goal: ActionPlanData['goals'][number], n: number): Content[] {
  const head = (key: string, extra: Record<string, unknown> = {}): Content => ({ text: t(`documents.plan.${key}`), style: 'cellHeader', ...extra });
  const steps: Content = goal.steps.length
    ? {
        table: {
          widths: [24, '*', '24%', 62],
          headerRows: 1,
          keepWithHeaderRows: 1,
          dontBreakRows: true,
          body: [
            [head('stepNo', { alignment: 'center' }), head('step'), head('who'), head('dueDate')],
            ...goal.steps.map((s, i) => [{ text: `${n}.${i + 1}`, alignment: 'center' }, { text: s.text }, { text: valueOrDash(s.who) }, { text: valueOrDash(s.dueDate) }]),
          ],
        },
        layout: FORM_TABLE_LAYOUT,
        margin: [0, 0, 0, 8],
      }
    : { text: t('documents.plan.noSteps'), style: 'hint', margin: [0, 0, 0, 8] };
  return [{ text: `${t('documents.plan.goal')} ${n}. ${goal.text}`, style: 'subsection', headlineLevel: 1 }, steps];
}

export function buildActionPlan(d: ActionPlanData, t: Translate): DocDefinition {
  const k = (key: string) => t(`documents.plan.${key}`);
  const title = d.kind === 'ilp' ? k('titleIlp') : k('titleIap');
  const content: Content[] = [
    fieldTable([
      [t('documents.common.caseNumber'), d.caseNumber],
      [k('version'), String(d.version)],
      [k('client'), d.client.name],
      [k('personalCode'), d.client.personalCode ?? d.client.birthDate ?? ''],
      [k('targetGroup'), t(`documents.targetGroups.${d.targetGroup}`)],
      [k('caseManager'), d.caseManagerName],
    ]),
    section(`1. ${k('assessmentSummary')}`),
    longTextBlock(k('assessmentSummary'), d.assessmentSummary, { hint: k('assessmentHint') }),
    section(`2. ${k('goals')}`),
    ...(d.goals.length ? d.goals.flatMap((g, i) => goalBlock(t, g, i + 1)) : [{ text: k('noGoals'), style: 'hint' }]),
    section(`3. ${k('services')}`),
    longTextBlock(k('services'), d.services),
    section(`4. ${k('commitments')}`),
    longTextBlock(k('clientCommitments'), d.clientCommitments),
    longTextBlock(k('centreCommitments'), d.centreCommitments),
    section(`5. ${k('rights')}`),
    longTextBlock(k('rights'), d.rightsText),
    signatureBlock(
      t,
      [
        { role: k('signClient'), name: d.client.name, date: d.signedByClientOn },
        { role: k('signManager'), name: d.caseManagerName, date: d.signedByManagerOn },
      ],
      { heading: k('signatures'), note: k('agreement') },
    ),
  ];
  return formDocument({ frame: { ...d.frame, caseNumber: d.caseNumber }, title, subtitle: `${k('version')} ${d.version}`, t, content });
}
