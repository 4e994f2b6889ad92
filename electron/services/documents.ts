import type { Db } from '../../db/open';
import { findClientById } from '../../db/repositories/clients';
import { findClosureForPrint, userNames } from '../../db/repositories/documents';
import { findReferralView, listReferralViews } from '../../db/repositories/referrals';
import { findLatestSignedPlan, findPlanVersion, withGoals } from '../../db/repositories/plans';
import { getSettings } from '../../db/repositories/settings';
import type { UserRow } from '../../db/repositories/users';
import { withRead, withTransaction } from '../../db/transaction';
import type { PrintedDocument } from '../contract/methods/documents';
import { buildActionPlan, type ActionPlanData } from '../core/documents/action-plan';
import { buildClosureForm, type ClosureFormData } from '../core/documents/closure-form';
import type { DocDefinition, DocumentFrame, DocumentLanguage } from '../core/documents/layout';
import { buildReferralForm, referralNumber, type ReferralFormFields } from '../core/documents/referral-form';
import { REFERRAL_FORM_FIELDS } from '../contract/methods/referrals';
import { documentFileName } from '../core/documents/translate';
import { municipalityByIso } from '../core/municipalities';
import type { AppContext } from './app-context';
import { requireUser, type HandlerGroup } from './call-context';
import { loadCaseFor, type CaseRow } from './case-access';
import { localToday } from './cycle-clock';
import { audit } from './cycle-common';
import { documentTranslator, renderPdf } from './document-pdf';
import { DomainError, notFound } from './errors';

// Issue 5: the forms printed for signature. The data is read under the same access rule as the case
// screens (loadCaseFor), the PDF is rendered from the pure builders, and the print is audited.

type Form = 'closureForm' | 'actionPlan' | 'referralForm';

interface Prepared {
  caseRow: CaseRow;
  doc: DocDefinition;
  /** The form's name in the file name (a locale key under documents.fileNames). */
  fileKey: string;
  /** What the file name names after the form (default: the case number). */
  fileRef?: string;
  details: Record<string, unknown>;
}

async function frameFor(db: Db, app: AppContext, caseNumber: string): Promise<DocumentFrame> {
  const s = await getSettings(db);
  if (!s) throw new DomainError('NOT_INITIALISED', 'errors.notInitialised');
  return { centreName: s.centreName, municipality: municipalityByIso(s.municipality)?.nameLt ?? s.municipality, caseNumber, generatedOn: localToday(app) };
}

async function clientOf(db: Db, caseRow: CaseRow) {
  const client = await findClientById(db, caseRow.clientId);
  if (!client) throw notFound();
  return client;
}

/** Renders, then writes the audit entry: an entry means a PDF really was handed out. */
async function deliver(app: AppContext, actor: UserRow, form: Form, language: DocumentLanguage, p: Prepared): Promise<PrintedDocument> {
  const t = documentTranslator(language);
  const pdf = await renderPdf(p.doc);
  const fileName = documentFileName(t(`documents.fileNames.${p.fileKey}`), p.fileRef ?? p.caseRow.caseNumber, localToday(app), language);
  await withTransaction(app.handle, (db) =>
    audit(db, app, actor, { action: 'documents.print', entityType: 'case', entityId: p.caseRow.id, details: { form, language, caseNumber: p.caseRow.caseNumber, fileName, ...p.details } }),
  );
  return { fileName, pdfBase64: pdf.toString('base64') };
}

/** The form as stored with the referral (JSON); a field an older form lacks prints as empty. */
function storedForm(json: string): ReferralFormFields {
  const raw = JSON.parse(json) as Record<string, unknown>;
  return Object.fromEntries(REFERRAL_FORM_FIELDS.map((k) => [k, typeof raw[k] === 'string' ? raw[k] : ''])) as unknown as ReferralFormFields;
}

export const documentHandlers: HandlerGroup<'documents.closureForm' | 'documents.actionPlan' | 'documents.referralForm'> = {
  'documents.closureForm': async ({ caseId, language }, ctx) => {
    const actor = requireUser(ctx);
    const { app } = ctx;
    const t = documentTranslator(language);
    const prepared = await withRead(app.handle, async (db): Promise<Prepared> => {
      const caseRow = await loadCaseFor(db, actor, caseId);
      const closure = await findClosureForPrint(db, caseId);
      if (!closure) throw new DomainError('NOT_FOUND', 'documents.errors.noClosure');
      const client = await clientOf(db, caseRow);
      const names = await userNames(db, [closure.requestedBy, closure.decidedBy]);
      const data: ClosureFormData = {
        frame: await frameFor(db, app, caseRow.caseNumber),
        caseNumber: caseRow.caseNumber,
        referralNumbers: (await listReferralViews(db, caseId)).reverse().map((r) => referralNumber(caseRow.caseNumber, r.id)),
        clientName: `${client.firstName} ${client.lastName}`,
        reason: closure.reason,
        reasonOther: closure.reasonOther,
        details: closure.details,
        transferDetails: closure.transferDetails,
        refusalReasons: closure.refusalReasons,
        communication: { clientInvolved: closure.clientInvolved, clientAgrees: closure.clientAgrees, contactLeft: closure.contactLeft },
        completedBy: { name: names.get(closure.requestedBy) ?? '', date: closure.requestedOn },
        authorisedBy:
          closure.status === 'authorised' && closure.decidedBy !== null ? { name: names.get(closure.decidedBy) ?? '', date: closure.decidedOn ?? '' } : null,
        serviceEvaluation: { date: closure.requestedOn, performedBy: names.get(closure.requestedBy) ?? '', text: closure.serviceEvaluation },
      };
      return { caseRow, doc: buildClosureForm(data, t), fileKey: 'closureForm', details: { closureId: closure.id, closureStatus: closure.status } };
    });
    return deliver(app, actor, 'closureForm', language, prepared);
  },

  'documents.actionPlan': async ({ caseId, version, language }, ctx) => {
    const actor = requireUser(ctx);
    const { app } = ctx;
    const t = documentTranslator(language);
    const prepared = await withRead(app.handle, async (db): Promise<Prepared> => {
      const caseRow = await loadCaseFor(db, actor, caseId);
      const plan = version === undefined ? await findLatestSignedPlan(db, caseId) : await findPlanVersion(db, caseId, version);
      if (!plan) throw new DomainError('NOT_FOUND', version === undefined ? 'documents.errors.noSignedPlan' : 'errors.notFound');
      if (plan.status !== 'signed') throw new DomainError('CONFLICT', 'documents.errors.planNotSigned');
      const full = await withGoals(db, plan);
      const client = await clientOf(db, caseRow);
      const managerId = plan.signedManagerId ?? caseRow.caseManagerId;
      const names = await userNames(db, [managerId]);
      const kind = caseRow.targetGroup === 'YLC' ? 'ilp' : 'iap';
      const data: ActionPlanData = {
        frame: await frameFor(db, app, caseRow.caseNumber),
        caseNumber: caseRow.caseNumber,
        kind,
        version: plan.version,
        client: { name: `${client.firstName} ${client.lastName}`, personalCode: client.personalCode, birthDate: client.birthDate },
        targetGroup: caseRow.targetGroup,
        caseManagerName: managerId !== null ? (names.get(managerId) ?? '') : '',
        assessmentSummary: plan.assessmentSummary,
        goals: full.goals.map((g) => ({ text: g.text, steps: g.steps.map((s) => ({ text: s.text, who: s.who, dueDate: s.dueDate })) })),
        services: plan.services,
        clientCommitments: plan.clientCommitments,
        centreCommitments: plan.centreCommitments,
        rightsText: plan.rightsText,
        signedByClientOn: plan.signedByClientOn,
        signedByManagerOn: plan.signedByManagerOn,
      };
      return { caseRow, doc: buildActionPlan(data, t), fileKey: kind === 'ilp' ? 'independentLivingPlan' : 'actionPlan', details: { planId: plan.id, version: plan.version } };
    });
    return deliver(app, actor, 'actionPlan', language, prepared);
  },

  'documents.referralForm': async ({ referralId, language }, ctx) => {
    const actor = requireUser(ctx);
    const { app } = ctx;
    const t = documentTranslator(language);
    const prepared = await withRead(app.handle, async (db): Promise<Prepared> => {
      const referral = await findReferralView(db, referralId);
      if (!referral) throw notFound();
      const caseRow = await loadCaseFor(db, actor, referral.caseId);
      const number = referralNumber(caseRow.caseNumber, referral.id);
      const doc = buildReferralForm(
        {
          frame: await frameFor(db, app, caseRow.caseNumber),
          caseNumber: caseRow.caseNumber,
          referralNumber: number,
          followUpOn: referral.followUpOn,
          basis: referral.consentId !== null ? 'consent' : 'exception',
          serviceName: referral.serviceName,
          form: storedForm(referral.form),
        },
        t,
      );
      return { caseRow, doc, fileKey: 'referralForm', fileRef: number, details: { referralId: referral.id, referralNumber: number } };
    });
    return deliver(app, actor, 'referralForm', language, prepared);
  },
};
