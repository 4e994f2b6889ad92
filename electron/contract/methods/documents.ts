import { z } from 'zod';
import { defineMethod } from '../define';
import { caseIdSchema } from '../cycle-schemas';
import { languageSchema } from '../schemas';

// Issue 5: forms printed for signature, as PDFs, in the language chosen for each print (independent
// of the screen's). Whoever may see the case may print its forms; every print is audited.

export const printedDocumentSchema = z.object({
  /** e.g. uzdarymo-forma_KSPC-2026-00012_2026-11-23_lt.pdf */
  fileName: z.string(),
  pdfBase64: z.string(),
});
export type PrintedDocument = z.infer<typeof printedDocumentSchema>;

export const documentMethods = {
  /** ILO Table 2 from the case's closure request (the authorised one once the case is closed). */
  'documents.closureForm': defineMethod({
    input: z.object({ caseId: caseIdSchema, language: languageSchema }),
    output: printedDocumentSchema,
    access: 'signedIn',
  }),
  /** A signed IAP / ILP version for signature; the latest signed version unless one is named. */
  'documents.actionPlan': defineMethod({
    input: z.object({
      caseId: caseIdSchema,
      version: z.number({ error: 'validation.invalid' }).int().positive().optional(),
      language: languageSchema,
    }),
    output: printedDocumentSchema,
    access: 'signedIn',
  }),
  /** ILO Table 1 as the referral was sent. */
  'documents.referralForm': defineMethod({
    input: z.object({ referralId: z.number({ error: 'validation.invalid' }).int().positive(), language: languageSchema }),
    output: printedDocumentSchema,
    access: 'signedIn',
  }),
};
