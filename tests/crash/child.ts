// The crash harness's child (issue 6, item 3): realistic case-cycle writes through the real dispatcher,
// one acknowledged write per stdout line ("ACK {json}"), until the parent kills it with SIGKILL.
// Usage: node --import tsx tests/crash/child.ts <dataDir> <runId>
import { AppContext } from '../../electron/services/app-context';
import { createDispatcher } from '../../electron/services/dispatcher';
import { CRASH_USERS } from './users';

const [dataDir, runId] = process.argv.slice(2);
if (!dataDir || !runId) {
  console.error('usage: child.ts <dataDir> <runId>');
  process.exit(2);
}

const app = new AppContext({ dataDir, automaticBackups: false });
const dispatch = createDispatcher(app, (m, e) => console.error(m, e));

async function call<T = { id: number }>(session: string, method: string, input: unknown): Promise<T> {
  const r = await dispatch(session, method, input);
  if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

/** Printed only after the dispatcher answered ok, i.e. after COMMIT returned. */
function ack(kind: string, data: Record<string, unknown>): void {
  process.stdout.write(`ACK ${JSON.stringify({ kind, ...data })}\n`);
}

const today = new Date().toISOString().slice(0, 10);
const DOMAINS = ['housing', 'health', 'dailyLiving', 'socialSkills', 'employment', 'education', 'family', 'legal', 'guardianship', 'accessibility', 'psychological', 'mediation'];

async function main(): Promise<void> {
  const cm = await call<{ user: { id: number } }>('cm', 'auth.signIn', CRASH_USERS.caseManager);
  await call('sup', 'auth.signIn', CRASH_USERS.supervisor);
  const cmId = cm.user.id;
  process.stdout.write('READY\n');
  for (let n = 1; ; n++) {
    const client = await call('cm', 'clients.create', { firstName: 'Avarija', lastName: `Bandymas ${runId}-${n}` });
    ack('client', { id: client.id });
    const kase = await call('cm', 'cases.create', { clientId: client.id, targetGroup: 'PWD', entryPoint: 'selfReferral', intakeDate: today, caseManagerId: cmId });
    ack('case', { id: kase.id });
    await call('cm', 'cases.decideEligibility', { id: kase.id, eligible: true });
    ack('eligibility', { caseId: kase.id });
    const assessment = await call<{ assessment: { id: number } }>('cm', 'assessments.create', {
      caseId: kase.id,
      assessedOn: today,
      domains: Object.fromEntries(DOMAINS.map((d) => [d, { needLevel: 'low' }])),
    });
    ack('assessment', { id: assessment.assessment.id, caseId: kase.id });
    const plan = await call<{ id: number; goals: unknown[] }>('cm', 'plans.saveDraft', {
      caseId: kase.id,
      goals: [
        { text: 'Rasti darbą', steps: [{ text: 'Parašyti gyvenimo aprašymą', who: 'Klientas' }, { text: 'Užsiregistruoti užimtumo tarnyboje', who: 'Klientas' }] },
        { text: 'Sutvarkyti būstą', steps: [{ text: 'Kreiptis dėl socialinio būsto', who: 'Atvejo vadybininkas' }] },
      ],
    });
    ack('plan', { id: plan.id, caseId: kase.id, goals: 2, steps: 3 });
    await call('cm', 'plans.sign', { caseId: kase.id, signedByClientOn: today, signedByManagerOn: today });
    ack('sign', { planId: plan.id, caseId: kase.id });
    const note = await call('cm', 'notes.add', { caseId: kase.id, contactDate: today, kind: 'phone', text: `Paskambino (${runId}-${n}).` });
    ack('note', { id: note.id, caseId: kase.id });
    const closure = await call('cm', 'closure.request', {
      caseId: kase.id,
      reason: 'planComplete',
      clientInvolved: true,
      clientAgrees: true,
      contactLeft: true,
      serviceEvaluation: 'Paslaugos padėjo.',
    });
    ack('closureRequest', { id: closure.id, caseId: kase.id });
    await call('sup', 'closure.authorise', { caseId: kase.id });
    ack('closed', { caseId: kase.id });
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(3);
});
