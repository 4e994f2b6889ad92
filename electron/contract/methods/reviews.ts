import { z } from 'zod';
import { defineMethod } from '../define';
import { GOAL_PROGRESS, REVIEW_OUTCOMES, SUPPORT_LEVELS, casePhaseSchema, caseIdSchema, dateOut, dateSchema, longText } from '../cycle-schemas';

// R10: a formal review of the latest signed plan, at least every reviewMonths (a setting per group).

export const reviewGoalInputSchema = z.object({
  goalId: caseIdSchema,
  progress: z.enum(GOAL_PROGRESS, { error: 'validation.goalProgress' }),
  note: longText.default(''),
});

export const createReviewInputSchema = z.object({
  caseId: caseIdSchema,
  reviewedOn: dateSchema,
  /** One entry for every goal of the latest signed plan. */
  goals: z.array(reviewGoalInputSchema, { error: 'validation.invalid' }).max(30, { error: 'validation.tooMany' }),
  supportLevel: z.enum(SUPPORT_LEVELS, { error: 'validation.supportLevel' }),
  stillNeeded: z.boolean({ error: 'validation.required' }),
  outcome: z.enum(REVIEW_OUTCOMES, { error: 'validation.reviewOutcome' }),
  notes: longText.default(''),
});
export type CreateReviewInput = z.input<typeof createReviewInputSchema>;

export const reviewSchema = z.object({
  id: z.number().int(),
  caseId: z.number().int(),
  planId: z.number().int(),
  planVersion: z.number().int(),
  reviewedOn: dateOut,
  reviewerId: z.number().int(),
  reviewerName: z.string(),
  supportLevel: z.enum(SUPPORT_LEVELS),
  stillNeeded: z.boolean(),
  outcome: z.enum(REVIEW_OUTCOMES),
  notes: z.string(),
  goals: z.array(z.object({ goalId: z.number().int(), goalText: z.string(), progress: z.enum(GOAL_PROGRESS), note: z.string() })),
  createdAt: z.string(),
});
export type Review = z.infer<typeof reviewSchema>;

/** A case's reviews, newest first, and when the next one is due (R10; null when closed or not yet signed). */
export const reviewListSchema = z.object({ reviews: z.array(reviewSchema), nextReviewDue: dateOut.nullable() });

export const reviewMethods = {
  /** Outcome continue keeps implementation, newPlan goes to planning, reassess to assessment, close stays in review. */
  'reviews.create': defineMethod({
    input: createReviewInputSchema,
    output: z.object({ review: reviewSchema, phase: casePhaseSchema, nextReviewDue: dateOut }),
    access: ['case_manager', 'supervisor'],
  }),
  /** Newest first, with the next review's due date (null until a plan is signed). */
  'reviews.list': defineMethod({
    input: z.object({ caseId: caseIdSchema }),
    output: reviewListSchema,
    access: 'signedIn',
  }),
};
