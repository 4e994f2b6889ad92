import { listNotes } from '../../db/repositories/followup';
import { findPlanVersion, withGoals } from '../../db/repositories/plans';
import { withTransaction } from '../../db/transaction';
import { requireUser, type HandlerGroup } from './call-context';
import { readCaseFile } from './cases';
import { toPlan } from './plans';
import { reviewList } from './reviews';

// cases.open: what cases.get, plans.get (latest), notes.list and reviews.list give, read in one
// transaction (one moment of the case, one audited view) instead of four calls.

export const caseFileHandlers: HandlerGroup<'cases.open'> = {
  'cases.open': async ({ id }, ctx) => {
    const actor = requireUser(ctx);
    const { app } = ctx;
    return withTransaction(app.handle, async (db) => {
      const file = await readCaseFile(db, app, actor, id);
      const plan = await findPlanVersion(db, id);
      return {
        file,
        plan: plan ? toPlan(await withGoals(db, plan)) : null,
        notes: await listNotes(db, id),
        reviews: await reviewList(db, file.case),
      };
    });
  },
};
