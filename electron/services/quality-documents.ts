import { findCertification } from '../../db/repositories/quality';
import { userNames } from '../../db/repositories/documents';
import { getSettings } from '../../db/repositories/settings';
import { withRead, withTransaction } from '../../db/transaction';
import { buildCertificationForm, type CertificationFormData } from '../core/documents/certification-form';
import { documentFileName } from '../core/documents/translate';
import { municipalityByIso } from '../core/municipalities';
import { CERTIFICATION_ITEMS, SCORE_MAX } from '../core/quality/certification';
import { requireUser, type HandlerGroup } from './call-context';
import { localToday } from './cycle-clock';
import { audit } from './cycle-common';
import { documentTranslator, renderPdf } from './document-pdf';
import { DomainError, notFound } from './errors';
import { assertMayRead, toCertification } from './quality';

// R19: a recorded certification printed as ILO Table 4 (the builder in core/documents), audited like
// the other prints. Whoever may read the certification may print it.

export const qualityDocumentHandlers: HandlerGroup<'documents.certificationForm'> = {
  'documents.certificationForm': async ({ certificationId, language }, ctx) => {
    const actor = requireUser(ctx);
    const { app } = ctx;
    const t = documentTranslator(language);
    const { data, caseManagerId } = await withRead(app.handle, async (db) => {
      const row = await findCertification(db, certificationId);
      if (!row) throw notFound();
      assertMayRead(actor, row.caseManagerId);
      const s = await getSettings(db);
      if (!s) throw new DomainError('NOT_INITIALISED', 'errors.notInitialised');
      const c = toCertification(row, await userNames(db, [row.caseManagerId, row.evaluatorId]));
      const i = c.introduction;
      const scores: CertificationFormData['scores'] = {};
      // The form's items are the stored ones (electron/core/quality/certification.ts), id for id.
      for (const item of CERTIFICATION_ITEMS) {
        if (typeof c.scores[item] === 'number') scores[item] = { score: c.scores[item] };
      }
      const data: CertificationFormData = {
        frame: { centreName: s.centreName, municipality: municipalityByIso(s.municipality)?.nameLt ?? s.municipality, caseNumber: null, generatedOn: localToday(app) },
        caseManagerName: c.caseManagerName,
        date: c.evaluatedOn,
        evaluatorName: c.evaluatorName,
        consentDetails: '',
        introduction: {
          jobTitle: i.jobTitle ?? '',
          lengthOfEmployment: i.lengthOfEmployment ?? '',
          areaOfEmployment: i.areaOfEmployment ?? '',
          employerDetails: i.employerDetails ?? '',
          supervisor: i.supervisor ?? '',
          coreFunctions: i.coreFunctions ?? '',
          weeklyHours: i.weeklyHours ?? '',
          formalTraining: i.formalTraining ?? '',
          caseManagementTrainingHours: i.caseManagementTrainingHours ?? '',
        },
        scores,
        maxScore: SCORE_MAX,
        benchmark: c.benchmark,
        part4: { generalComments: c.generalComments, strengths: c.strengths, risks: c.risks, recommendations: c.recommendations },
        conclusion: c.conclusion,
      };
      return { data, caseManagerId: c.caseManagerId };
    });
    const pdf = await renderPdf(buildCertificationForm(data, t));
    const fileName = documentFileName(t('documents.fileNames.certificationForm'), data.caseManagerName, localToday(app), language);
    await withTransaction(app.handle, (db) =>
      audit(db, app, actor, { action: 'documents.print', entityType: 'user', entityId: caseManagerId, details: { form: 'certificationForm', language, certificationId, fileName } }),
    );
    return { fileName, pdfBase64: pdf.toString('base64') };
  },
};
