import {
  checkList,
  fieldTable,
  formDocument,
  FORM_TABLE_LAYOUT,
  longTextBlock,
  signatureBlock,
  valueOrDash,
  type Content,
  type DocDefinition,
  type DocumentFrame,
  type Translate,
} from './layout';

// ILO Table 2 (Case closure form), DOMAIN R14, in the table's own order.

/** The seven reasons of ILO Table 2, in its order (the same list as db/schema/cases.ts). */
export const CLOSURE_FORM_REASONS = ['planComplete', 'concernsResolved', 'transferred', 'death', 'migration', 'refusal', 'other'] as const;
export type ClosureFormReason = (typeof CLOSURE_FORM_REASONS)[number];

export interface ClosureFormData {
  frame: DocumentFrame;
  caseNumber: string;
  /** The case's referral numbers (ILO Table 1 forms sent); empty when none were made. */
  referralNumbers: string[];
  clientName: string;
  reason: ClosureFormReason;
  /** The text of "Other ____". */
  reasonOther: string;
  details: string;
  transferDetails: string;
  refusalReasons: string;
  communication: { clientInvolved: boolean; clientAgrees: boolean; contactLeft: boolean };
  communicationComments?: string;
  completedBy: { name: string; date: string };
  /** Null while the closure waits for a supervisor. */
  authorisedBy: { name: string; date: string } | null;
  serviceEvaluation: { date: string; performedBy: string; text: string };
}

function yesNoTable(t: Translate, rows: { question: string; yes: boolean }[]): Content {
  const mark = (on: boolean): Content => ({ text: on ? 'X' : '', alignment: 'center', bold: true });
  return {
    table: {
      widths: ['*', 46, 46],
      headerRows: 1,
      dontBreakRows: true,
      body: [
        [
          { text: t('documents.closure.communication'), style: 'cellHeader' },
          { text: t('documents.common.yes'), style: 'cellHeader', alignment: 'center' },
          { text: t('documents.common.no'), style: 'cellHeader', alignment: 'center' },
        ],
        ...rows.map((r) => [{ text: r.question }, mark(r.yes), mark(!r.yes)]),
      ],
    },
    layout: FORM_TABLE_LAYOUT,
    margin: [0, 0, 0, 4],
  };
}

export function buildClosureForm(d: ClosureFormData, t: Translate): DocDefinition {
  const k = (key: string) => t(`documents.closure.${key}`);
  const reasons = CLOSURE_FORM_REASONS.map((r) => ({
    label: r === 'other' ? `${t('documents.closure.reasons.other')}: ${d.reason === 'other' ? valueOrDash(d.reasonOther) : '________________'}` : t(`documents.closure.reasons.${r}`),
    checked: r === d.reason,
  }));
  const content: Content[] = [
    fieldTable([
      [k('caseNumber'), d.caseNumber],
      [k('referralNumber'), d.referralNumbers.join(', ')],
      [k('client'), d.clientName],
      [k('reason'), checkList(reasons)],
    ]),
    longTextBlock(k('details'), d.details, { hint: k('detailsHint') }),
    fieldTable([
      [k('transfer'), d.reason === 'transferred' || d.transferDetails ? d.transferDetails : t('documents.common.notApplicable')],
      [k('refusal'), d.reason === 'refusal' || d.refusalReasons ? d.refusalReasons : t('documents.common.notApplicable')],
      [k('otherComments'), d.reason === 'other' ? d.reasonOther : t('documents.common.notApplicable')],
    ]),
    yesNoTable(t, [
      { question: k('clientInvolved'), yes: d.communication.clientInvolved },
      { question: k('clientAgrees'), yes: d.communication.clientAgrees },
      { question: k('contactLeft'), yes: d.communication.contactLeft },
    ]),
    fieldTable([[k('communicationComments'), valueOrDash(d.communicationComments)]]),
    signatureBlock(t, [
      { role: k('completedBy'), name: d.completedBy.name, date: d.completedBy.date },
      { role: k('authorisedBy'), name: d.authorisedBy?.name ?? null, date: d.authorisedBy?.date ?? null },
    ]),
    {
      unbreakable: true,
      stack: [
        { text: k('evaluationForm'), style: 'section' },
        { text: k('evaluationRule'), style: 'hint', margin: [0, 0, 0, 4] },
        fieldTable([
          [k('evaluationDate'), d.serviceEvaluation.date],
          [k('evaluationBy'), d.serviceEvaluation.performedBy],
          [k('annexAttached'), t('documents.common.yes')],
        ]),
      ],
    },
    // The annex: the service evaluation itself, on its own page.
    { text: k('annexTitle'), style: 'section', pageBreak: 'before' },
    fieldTable([
      [k('caseNumber'), d.caseNumber],
      [k('client'), d.clientName],
      [k('evaluationDate'), d.serviceEvaluation.date],
      [k('evaluationBy'), d.serviceEvaluation.performedBy],
    ]),
    longTextBlock(k('evaluationText'), d.serviceEvaluation.text),
    signatureBlock(t, [{ role: k('evaluationBy'), name: d.serviceEvaluation.performedBy, date: d.serviceEvaluation.date }]),
  ];
  return formDocument({ frame: { ...d.frame, caseNumber: d.caseNumber }, title: k('title'), t, content });
}
