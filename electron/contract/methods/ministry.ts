import { z } from 'zod';
import { CODE_LISTS, GROUP_CODES, INDICATOR_CODES, NO_BREAKDOWN } from '../../core/ministry/codes';
import { isQuarterCode } from '../../core/ministry/quarter';
import { defineMethod } from '../define';
import { calendarDateSchema, idSchema } from '../schemas';

// R21: the quarterly statistics package for the Ministry (MINISTRY-PACKAGE.md), made by administrators.

export const quarterSchema = z
  .string({ error: 'validation.required' })
  .trim()
  .refine(isQuarterCode, { error: 'validation.quarter' });

export const thresholdSchema = z
  .number({ error: 'validation.thresholdRange' })
  .int({ error: 'validation.wholeNumber' })
  .min(2, { error: 'validation.thresholdRange' })
  .max(50, { error: 'validation.thresholdRange' });

const breakdownCodes = [NO_BREAKDOWN, ...Object.keys(CODE_LISTS)] as [string, ...string[]];

export const packageCellSchema = z.object({
  indicator: z.enum(INDICATOR_CODES as [string, ...string[]]),
  group: z.enum(GROUP_CODES as [string, ...string[]]),
  breakdown: z.enum(breakdownCodes),
  value: z.string(),
  /** Null where the figure is hidden (small-number protection). */
  obs: z.number().nullable(),
  confidential: z.boolean(),
});
export type PackageCell = z.infer<typeof packageCellSchema>;

export const exportRecordSchema = z.object({
  id: z.number().int(),
  quarter: z.string(),
  action: z.enum(['I', 'R']),
  fileName: z.string(),
  sha256: z.string(),
  threshold: z.number().int(),
  rows: z.number().int(),
  createdAt: z.string(),
  createdByName: z.string(),
});
export type ExportRecord = z.infer<typeof exportRecordSchema>;

const admin = ['admin'] as const;

export const ministryMethods = {
  /** The figures as they would be sent, with hidden cells marked; nothing is written. */
  'ministry.preview': defineMethod({
    input: z.object({ quarter: quarterSchema }),
    output: z.object({
      quarter: z.string(),
      firstDay: z.string(),
      lastDay: z.string(),
      /** I the first time a quarter is sent, R when it replaces an earlier package. */
      action: z.enum(['I', 'R']),
      threshold: z.number().int(),
      fileName: z.string(),
      cells: z.array(packageCellSchema),
    }),
    access: admin,
  }),
  /** Makes, checks and records the package; the ZIP comes back for saving. Refused with the reasons when invalid. */
  'ministry.export': defineMethod({
    input: z.object({ quarter: quarterSchema }),
    output: z.object({ record: exportRecordSchema, zipBase64: z.string() }),
    access: admin,
  }),
  'ministry.history': defineMethod({ input: z.object({}), output: z.array(exportRecordSchema), access: admin }),
  'ministry.getSettings': defineMethod({ input: z.object({}), output: z.object({ threshold: z.number().int() }), access: admin }),
  'ministry.updateSettings': defineMethod({
    input: z.object({ threshold: thresholdSchema }),
    output: z.object({ threshold: z.number().int() }),
    access: admin,
  }),
  /** R12/R21: a support the Transition Service gave (counted as YLC_SUPPORTS). */
  'ylc.recordSupport': defineMethod({
    input: z.object({
      caseId: idSchema,
      givenOn: calendarDateSchema,
      supportType: z.enum(CODE_LISTS.SUPPORT_TYPE, { error: 'validation.invalid' }),
      note: z.string({ error: 'validation.invalid' }).trim().max(2000, { error: 'validation.tooLong' }).default(''),
    }),
    output: z.object({ id: z.number().int() }),
    access: ['case_manager', 'supervisor'],
  }),
  'ylc.listSupports': defineMethod({
    input: z.object({ caseId: idSchema }),
    output: z.array(z.object({ id: z.number().int(), givenOn: z.string(), supportType: z.enum(CODE_LISTS.SUPPORT_TYPE), note: z.string(), createdAt: z.string() })),
    access: 'signedIn',
  }),
};
