import { fieldTable, formDocument, longTextBlock, section, signatureBlock, type Content, type DocDefinition, type DocumentFrame, type Translate } from './layout';

// ILO Table 1 (Referral form), DOMAIN R8: every section of the table, in its order. The fields are
// the referral as it was sent (the referrals table keeps that form as JSON, issue 4), so a
// printout made later shows what the provider received.

/** The ILO Table 1 fields as the referral stores them (electron/contract/methods/referrals.ts). */
export interface ReferralFormFields {
  referralDate: string;
  centreName: string;
  centreContacts: string;
  clientName: string;
  clientAddress: string;
  clientContacts: string;
  /** Age, gender, family status and other relevant personal information. */
  clientPersonalInfo: string;
  caregiver: string;
  languageSkills: string;
  vulnerabilityStatus: string;
  familySituation: string;
  reasons: string;
  providerName: string;
  providerAddress: string;
  providerContacts: string;
  providerContactPerson: string;
  providerOther: string;
  measures: string;
  monitoringProtocol: string;
  currentSupport: string;
  consentStatement: string;
  caseManagerName: string;
  caseManagerContacts: string;
  notes: string;
}

export interface ReferralFormData {
  frame: DocumentFrame;
  caseNumber: string;
  referralNumber: string;
  /** The date an answer / follow-up is expected. */
  followUpOn: string | null;
  /** What personal data is shared on: the client's consent or a supervisor's exception (R9). */
  basis: 'consent' | 'exception';
  /** The service referred to (from the service map), when one was chosen. */
  serviceName: string | null;
  form: ReferralFormFields;
}

/** The number a referral is known by on paper and in the closure form: the case number and the referral's id. */
export function referralNumber(caseNumber: string, referralId: number): string {
  return `${caseNumber}-S${referralId}`;
}

export function buildReferralForm(d: ReferralFormData, t: Translate): DocDefinition {
  const k = (key: string) => t(`documents.referral.${key}`);
  const n = (i: number, key: string) => section(`${i}. ${k(key)}`);
  const f = d.form;
  const content: Content[] = [
    n(1, 'general'),
    fieldTable([
      [k('referralNumber'), d.referralNumber],
      [t('documents.common.caseNumber'), d.caseNumber],
      [k('sentOn'), f.referralDate],
      [k('followUpOn'), d.followUpOn ?? ''],
      [k('referringCentre'), f.centreName],
      [k('contactForQuestions'), f.centreContacts],
    ]),
    n(2, 'personal'),
    fieldTable([
      [k('name'), f.clientName],
      [k('address'), f.clientAddress],
      [k('contacts'), f.clientContacts],
      [k('otherPersonal'), f.clientPersonalInfo],
      [k('caregiver'), f.caregiver],
    ]),
    n(3, 'about'),
    fieldTable([
      [k('languages'), f.languageSkills],
      [k('vulnerability'), f.vulnerabilityStatus],
      [k('familySituation'), f.familySituation],
    ]),
    n(4, 'reasons'),
    longTextBlock(k('reasons'), f.reasons, { hint: k('describe') }),
    n(5, 'provider'),
    fieldTable([
      [k('providerName'), f.providerName],
      [k('address'), f.providerAddress],
      [k('contacts'), f.providerContacts],
      [k('contactPerson'), f.providerContactPerson],
      ...(d.serviceName ? [[k('service'), d.serviceName] as [string, string]] : []),
      [k('providerOther'), f.providerOther],
    ]),
    n(6, 'measures'),
    longTextBlock(k('measures'), f.measures, { hint: k('describe') }),
    longTextBlock(k('monitoring'), f.monitoringProtocol, { hint: k('monitoringAttached') }),
    n(7, 'currentSupport'),
    longTextBlock(k('currentSupport'), f.currentSupport, { hint: k('describe') }),
    n(8, 'consent'),
    fieldTable([
      [k('consentBasis'), d.basis === 'consent' ? k('consentGiven') : k('consentException')],
      [k('consentStatement'), f.consentStatement],
    ]),
    n(9, 'caseManager'),
    fieldTable([
      [k('name'), f.caseManagerName],
      [k('contacts'), f.caseManagerContacts],
    ]),
    n(10, 'notes'),
    longTextBlock(k('notes'), f.notes),
    signatureBlock(t, [
      { role: k('signManager'), name: f.caseManagerName, date: f.referralDate },
      { role: k('signProvider'), name: null, date: null },
    ]),
  ];
  return formDocument({ frame: { ...d.frame, caseNumber: d.caseNumber }, title: k('title'), subtitle: `${k('referralNumber')}: ${d.referralNumber}`, t, content });
}
