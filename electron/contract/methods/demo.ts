import { z } from 'zod';
import { defineMethod } from '../define';
import { roleSchema } from '../schemas';

// Demo data for trying the program (issue 3, item 13): synthetic people and cases in an empty centre.

/** The button fills a small centre; the command line (npm run demo) makes the large ones. */
export const DEMO_MAX_CASES_UI = 2000;

export const demoCountsSchema = z.object({
  clients: z.number().int(),
  cases: z.number().int(),
  eligibilityDecisions: z.number().int(),
  assessments: z.number().int(),
  assessmentDomains: z.number().int(),
  plans: z.number().int(),
  planGoals: z.number().int(),
  planSteps: z.number().int(),
  reviews: z.number().int(),
  reviewGoals: z.number().int(),
  caseNotes: z.number().int(),
  tasks: z.number().int(),
  closures: z.number().int(),
  ylcWarnings: z.number().int(),
  ylcSupports: z.number().int(),
});

export const demoFillResultSchema = z.object({
  /** The supervisors and case managers made for the demo; all sign in with `password`. */
  users: z.array(z.object({ id: z.number().int(), username: z.string(), fullName: z.string(), roles: z.array(roleSchema) })),
  password: z.string(),
  /** The date the data was made for: overdue items are overdue on it. */
  today: z.string(),
  counts: demoCountsSchema,
  ms: z.number(),
});
export type DemoFillResult = z.infer<typeof demoFillResultSchema>;

export const demoMethods = {
  /** Whether the centre is still empty enough for demo data (no cases yet). */
  'demo.status': defineMethod({
    input: z.object({}),
    output: z.object({ cases: z.number().int(), canFill: z.boolean(), maxCases: z.number().int() }),
    access: ['admin'],
  }),
  /** Fills an empty centre with synthetic people and cases; CONFLICT once the centre has cases. */
  'demo.fill': defineMethod({
    input: z.object({
      cases: z
        .number({ error: 'validation.invalid' })
        .int({ error: 'validation.invalid' })
        .min(1, { error: 'validation.invalid' })
        .max(DEMO_MAX_CASES_UI, { error: 'validation.invalid' }),
    }),
    output: demoFillResultSchema,
    access: ['admin'],
  }),
};
