import { z } from 'zod';
import { isValidDate } from '../core/calendar-dates';

// Shared by the case-cycle methods (assessment, plan, implementation, review, closure, Today).
// The value lists repeat db/schema/cases.ts because the contract may not import the database;
// tests/unit/cycle-enums.test.ts keeps the two in step.

export const ASSESSMENT_DOMAINS = [
  'housing',
  'health',
  'dailyLiving',
  'socialSkills',
  'employment',
  'education',
  'family',
  'legal',
  'guardianship',
  'accessibility',
  'psychological',
  'mediation',
] as const;
export type AssessmentDomain = (typeof ASSESSMENT_DOMAINS)[number];
export const NEED_LEVELS = ['none', 'low', 'medium', 'high'] as const;
export const STEP_STATUSES = ['open', 'done', 'cancelled'] as const;
export const NOTE_KINDS = ['faceToFace', 'phone', 'remote', 'homeVisit', 'accompanying', 'preReleaseVisit', 'other'] as const;
export const SUPPORT_LEVELS = ['faceToFace', 'remote', 'phone'] as const;
export const REVIEW_OUTCOMES = ['continue', 'newPlan', 'reassess', 'close'] as const;
export const GOAL_PROGRESS = ['achieved', 'progressing', 'notStarted', 'dropped'] as const;
export const CLOSURE_REASONS = ['planComplete', 'concernsResolved', 'transferred', 'death', 'migration', 'refusal', 'other'] as const;
export const CLOSURE_STATUSES = ['requested', 'returned', 'authorised'] as const;
export const CASE_PHASES = ['intake', 'assessment', 'planning', 'implementation', 'review', 'closed'] as const;
export const TIMING_GROUPS = ['PWD', 'PLP', 'YLC', 'OTHER'] as const;
/** Standard texts an administrator edits (R5: the client's rights printed on every plan). */
export const CENTRE_TEXT_KEYS = ['clientRights'] as const;

/** A calendar date, YYYY-MM-DD, that exists. */
export const dateSchema = z
  .string({ error: (iss) => (iss.input === undefined ? 'validation.required' : 'validation.date') })
  .refine(isValidDate, { error: 'validation.date' });

/** A date as the database returns it: not re-validated on the way out (computed dates may pass year 9999). */
export const dateOut = z.string();

export const caseIdSchema = z.number({ error: 'validation.invalid' }).int().positive();

/** Optional free text (a line or a paragraph), trimmed. */
export const shortText = z.string({ error: 'validation.invalid' }).trim().max(500, { error: 'validation.tooLong' });
export const longText = z.string({ error: 'validation.invalid' }).trim().max(10_000, { error: 'validation.tooLong' });
export const requiredShortText = z
  .string({ error: 'validation.required' })
  .trim()
  .min(1, { error: 'validation.required' })
  .max(500, { error: 'validation.tooLong' });
export const requiredLongText = z
  .string({ error: 'validation.required' })
  .trim()
  .min(1, { error: 'validation.required' })
  .max(10_000, { error: 'validation.tooLong' });

export const casePhaseSchema = z.enum(CASE_PHASES);
export const timingGroupSchema = z.enum(TIMING_GROUPS, { error: 'validation.targetGroup' });
