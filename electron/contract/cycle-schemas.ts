import { z } from 'zod';
import { calendarDateSchema, idSchema } from './schemas';

// Shared by the case-cycle methods (assessment, plan, implementation, review, closure, Today).
// The value lists come from electron/core/case-enums.ts, as the database schema's do.
import {
  ASSESSMENT_DOMAINS,
  CLOSURE_REASONS,
  CLOSURE_STATUSES,
  GOAL_PROGRESS,
  NEED_LEVELS,
  NOTE_KINDS,
  PHASES,
  REVIEW_OUTCOMES,
  STEP_STATUSES,
  SUPPORT_LEVELS,
  TARGET_GROUPS,
  type AssessmentDomain,
} from '../core/case-enums';

export { ASSESSMENT_DOMAINS, CLOSURE_REASONS, CLOSURE_STATUSES, GOAL_PROGRESS, NEED_LEVELS, NOTE_KINDS, REVIEW_OUTCOMES, STEP_STATUSES, SUPPORT_LEVELS };
export type { AssessmentDomain };
export const CASE_PHASES = PHASES;
export const TIMING_GROUPS = TARGET_GROUPS;
/** Standard texts an administrator edits (R5: the client's rights printed on every plan). */
export const CENTRE_TEXT_KEYS = ['clientRights'] as const;

/** A calendar date, YYYY-MM-DD, that exists. */
export const dateSchema = calendarDateSchema;

/** A date as the database returns it: not re-validated on the way out (computed dates may pass year 9999). */
export const dateOut = z.string();

export const caseIdSchema = idSchema;

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
