import { z } from 'zod';
import { defineMethod } from '../define';
import { idSchema, languageSchema } from '../schemas';
import { printedDocumentSchema } from './documents';

// R19: a recorded certification printed as the ILO Table 4 form; whoever may see it may print it (audited).
export const qualityDocumentMethods = {
  'documents.certificationForm': defineMethod({
    input: z.object({ certificationId: idSchema, language: languageSchema }),
    output: printedDocumentSchema,
    access: 'signedIn',
  }),
};
