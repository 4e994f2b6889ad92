import { z } from 'zod';
import { defineMethod } from '../define';
import { RELEASE_GAPS } from '../../core/deadlines';
import { CLOSURE_REASONS, dateOut } from '../cycle-schemas';

export { RELEASE_GAPS };

// R13: what falls due for the signed-in person, before it is due and as overdue after.

export const TODAY_KINDS = [
  'planDue',
  'planOverdue',
  'reviewDue',
  'reviewOverdue',
  'stepDue',
  'taskDue',
  'referralNoAnswer',
  'releaseSoon',
  'ylcUnreachable',
  'closureAwaiting',
] as const;
export type TodayKind = (typeof TODAY_KINDS)[number];


export const todayItemSchema = z.object({
  kind: z.enum(TODAY_KINDS),
  caseId: z.number().int(),
  caseNumber: z.string(),
  clientName: z.string(),
  due: dateOut,
  overdue: z.boolean(),
  details: z.object({
    planVersion: z.number().int().optional(),
    stepId: z.number().int().optional(),
    taskId: z.number().int().optional(),
    goal: z.string().optional(),
    text: z.string().optional(),
    releaseDate: dateOut.optional(),
    missing: z.array(z.enum(RELEASE_GAPS)).optional(),
    unreachableSince: dateOut.optional(),
    reason: z.enum(CLOSURE_REASONS).optional(),
    requestedByName: z.string().optional(),
  }),
});
export type TodayItem = z.infer<typeof todayItemSchema>;

export const todayMethods = {
  'today.list': defineMethod({
    input: z.object({}),
    output: z.object({
      /** The date in Vilnius the list was made for. */
      today: dateOut,
      items: z.array(todayItemSchema),
      counts: z.record(z.enum(TODAY_KINDS), z.number().int()),
    }),
    access: 'signedIn',
  }),
};
