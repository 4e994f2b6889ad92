import { z } from 'zod';
import { defineMethod } from '../define';
import { idSchema } from '../schemas';
import { caseFileSchema } from './cases';
import { noteSchema } from './followup';
import { planSchema } from './plans';
import { reviewListSchema } from './reviews';

// Opening a case: the file with its latest plan, contact log and reviews in one call, so the screen
// shows one moment of the case and the tabs open without asking again (issue 3, "opening a case with
// its plan, notes and reviews"). The same parts stay available one by one for refreshing a tab.

export const caseFileMethods = {
  'cases.open': defineMethod({
    input: z.object({ id: idSchema }),
    output: z.object({
      file: caseFileSchema,
      /** The latest plan version, draft or signed; null before the first plan. */
      plan: planSchema.nullable(),
      notes: z.array(noteSchema),
      reviews: reviewListSchema,
    }),
    access: ['case_manager', 'supervisor', 'admin'],
  }),
};
