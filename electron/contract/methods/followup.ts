import { z } from 'zod';
import { defineMethod } from '../define';
import { NOTE_KINDS, caseIdSchema, dateOut, dateSchema, longText, requiredLongText, requiredShortText } from '../cycle-schemas';

// Implementation: the contact log, the case manager's tasks, and the YLC termination grounds (R12),
// which the program helps record but never acts on by itself.

export const noteSchema = z.object({
  id: z.number().int(),
  caseId: z.number().int(),
  contactDate: dateOut,
  kind: z.enum(NOTE_KINDS),
  text: z.string(),
  authorId: z.number().int(),
  authorName: z.string(),
  createdAt: z.string(),
});
export type CaseNote = z.infer<typeof noteSchema>;

export const taskSchema = z.object({
  id: z.number().int(),
  caseId: z.number().int(),
  text: z.string(),
  dueDate: dateOut,
  doneOn: dateOut.nullable(),
  createdBy: z.number().int(),
  createdAt: z.string(),
});
export type CaseTask = z.infer<typeof taskSchema>;

export const ylcStatusSchema = z.object({
  caseId: z.number().int(),
  unreachableSince: dateOut.nullable(),
  neetSince: dateOut.nullable(),
  warnings: z.array(z.object({ id: z.number().int(), givenOn: dateOut, note: z.string(), createdBy: z.number().int() })),
  /** R12 grounds as they stand today; shown to people, never acted on by the program. */
  grounds: z.object({ unreachableMonth: z.boolean(), neetMonth: z.boolean(), warnedTwice: z.boolean() }),
});
export type YlcStatus = z.infer<typeof ylcStatusSchema>;

const write = ['case_manager', 'supervisor'] as const;
const byCase = z.object({ caseId: caseIdSchema });
const sinceInput = z.object({ caseId: caseIdSchema, since: dateSchema.nullable() });

export const followupMethods = {
  'notes.add': defineMethod({
    input: z.object({
      caseId: caseIdSchema,
      contactDate: dateSchema,
      kind: z.enum(NOTE_KINDS, { error: 'validation.noteKind' }),
      text: requiredLongText,
    }),
    output: noteSchema,
    access: write,
  }),
  /** Newest contact first. */
  'notes.list': defineMethod({ input: byCase, output: z.array(noteSchema), access: 'signedIn' }),
  'tasks.add': defineMethod({ input: z.object({ caseId: caseIdSchema, text: requiredShortText, dueDate: dateSchema }), output: taskSchema, access: write }),
  'tasks.complete': defineMethod({
    input: z.object({ taskId: caseIdSchema, doneOn: dateSchema.nullable().default(null) }),
    output: taskSchema,
    access: write,
  }),
  /** Open tasks first by due date, then the done ones. */
  'tasks.list': defineMethod({ input: byCase, output: z.array(taskSchema), access: 'signedIn' }),
  'ylc.get': defineMethod({ input: byCase, output: ylcStatusSchema, access: 'signedIn' }),
  'ylc.recordWarning': defineMethod({
    input: z.object({ caseId: caseIdSchema, givenOn: dateSchema, note: longText.default('') }),
    output: ylcStatusSchema,
    access: write,
  }),
  /** Null when the young person is in touch again. */
  'ylc.setUnreachableSince': defineMethod({ input: sinceInput, output: ylcStatusSchema, access: write }),
  /** Not in education, employment or training since (null when that ended). */
  'ylc.setNeetSince': defineMethod({ input: sinceInput, output: ylcStatusSchema, access: write }),
};
