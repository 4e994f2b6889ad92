import type { MethodInput, MethodName } from '../../electron/contract';
import { CERTIFICATION_ITEMS, type CertificationItem } from '../../electron/core/quality/certification';
import { TABLE3_INDICATORS } from '../../electron/core/quality/performance-indicators';
import type { CycleCallFixture } from './cycle-fixtures';
import type { IntakeCallFixture } from './intake-fixtures';
import { MINIMAL_EXCHANGE_FILE, type ServiceMapCallFixture } from './service-map-fixtures';

/** What a valid call needs to know about the centre and the caller. */
export interface CallFixture {
  /** The centre's real recovery key. */
  recoveryKey: string;
  /** The caller's own credentials. */
  self: { username: string; password: string };
  /** A user other than the caller that admin methods may change (never an administrator). */
  victimId: number;
  victimUsername: string;
  /** A fresh suffix, for usernames and passwords that must not repeat. */
  unique(): string;
  /** Cases for the follow-up, review and closure methods (tests/support/cycle-fixtures.ts). */
  cycle: CycleCallFixture;
  /** Clients and cases for the client, case, assessment and plan methods (tests/support/intake-fixtures.ts). */
  intake: IntakeCallFixture;
  /** Providers, consents and referrals for the service map, consent and referral methods (tests/support/service-map-fixtures.ts). */
  serviceMap: ServiceMapCallFixture;
}

/**
 * One minimal, valid input per contract method. The mapped type makes a method added to the contract
 * without an entry here a compile error; the role table also checks it at run time.
 */
export const validInputs: { [M in MethodName]: (f: CallFixture) => MethodInput<M> } = {
  'app.status': () => ({}),
  'setup.initialise': (f) => ({
    centre: { name: 'Kauno socialinių paslaugų centras', code: 'KSPC', municipality: 'LT-15' },
    admin: { fullName: 'Antras Administratorius', username: `admin${f.unique()}`, password: 'Kitas-Slaptazodis-8' },
    language: 'lt',
  }),
  'auth.session': () => ({}),
  'auth.signIn': (f) => ({ username: f.self.username, password: f.self.password }),
  'auth.signOut': () => ({}),
  'auth.lock': () => ({}),
  'auth.unlock': (f) => ({ password: f.self.password }),
  'auth.heartbeat': () => ({}),
  'auth.changePassword': (f) => ({ currentPassword: f.self.password, newPassword: `Naujas-Slaptas-${f.unique()}` }),
  // A valid key for a user who is no administrator: the call is judged (NOT_FOUND) without changing anything.
  'auth.recover': (f) => ({ recoveryKey: f.recoveryKey, username: f.victimUsername, newPassword: 'Atkurtas-Slaptas-3' }),
  'me.setLanguage': () => ({ language: 'en' }),
  'users.list': () => ({}),
  'users.caseManagers': () => ({}),
  'users.create': (f) => ({
    fullName: 'Naujas Darbuotojas',
    username: `naujas${f.unique()}`,
    roles: ['case_manager'],
    language: 'lt',
    temporaryPassword: 'Laikinas-Slaptas-5',
  }),
  'users.update': (f) => ({ id: f.victimId, fullName: 'Pakeista Pavardenė', roles: ['case_manager'] }),
  'users.disable': (f) => ({ id: f.victimId }),
  'users.resetPassword': (f) => ({ id: f.victimId, temporaryPassword: 'Laikinas-Slaptas-6' }),
  'settings.get': () => ({}),
  'settings.update': () => ({
    centreName: 'Vilniaus socialinių paslaugų centras',
    centreCode: 'VSPC',
    municipality: 'LT-57',
    defaultLanguage: 'lt',
    autoLockMinutes: 240,
  }),
  'audit.list': () => ({}),
  // Backups (issue 6). A restore needs a backup that exists: these name one that does not, so the call
  // is judged (NOT_FOUND) without replacing the centre's data; the first-run ones are refused once set up.
  'backup.status': () => ({}),
  'backup.config.get': () => ({}),
  'backup.config.update': () => ({ folder: '', automatic: true, keepDaily: 7, keepWeekly: 4, keepMonthly: 12 }),
  'backup.run': () => ({}),
  'backup.list': () => ({}),
  'backup.listAtFirstRun': () => ({ folder: '/' }),
  'backup.restore': (f) => ({ name: 'atvejis-backup-2000-01-01T00-00-00Z', password: f.self.password }),
  'backup.restoreAtFirstRun': (f) => ({ folder: '/', name: 'atvejis-backup-2000-01-01T00-00-00Z', method: 'recoveryKey', recoveryKey: f.recoveryKey }),
  'backup.warning': () => ({}),
  'audit.verify': () => ({}),
  // Clients, cases, assessments, plans and their settings: the records come from makeIntakeCallFixture.
  'clients.checkDuplicates': () => ({ firstName: 'Ona', lastName: 'Šimkutė', personalCode: '48705120216' }),
  'clients.create': (f) => ({ firstName: 'Jurgita', lastName: `Naujokė${f.unique()}` }),
  'clients.update': (f) => ({ id: f.intake.clientId, phone: `+370 600 ${f.unique().padStart(5, '0')}` }),
  'clients.get': (f) => ({ id: f.intake.clientId }),
  'clients.history': (f) => ({ id: f.intake.clientId }),
  'clients.search': () => ({ query: 'plan' }),
  'cases.create': (f) => ({ clientId: f.intake.freshClientId(), targetGroup: 'PWD', entryPoint: 'selfReferral', intakeDate: '2026-11-20', caseManagerId: f.intake.caseManagerId }),
  'cases.assign': (f) => ({ id: f.intake.caseId, caseManagerId: f.intake.caseManagerId, assignedOn: '2026-11-02' }),
  'cases.get': (f) => ({ id: f.intake.caseId }),
  'cases.open': (f) => ({ id: f.intake.caseId }),
  'cases.list': () => ({ phase: 'planning' }),
  'cases.update': (f) => ({ id: f.intake.caseId, referrerName: `Seniūnijos socialinė darbuotoja ${f.unique()}` }),
  'cases.advancePhase': (f) => ({ id: f.intake.assessmentCaseId(), to: 'planning' }),
  'cases.decideEligibility': (f) => ({ id: f.intake.intakeCaseId(), eligible: true }),
  'cases.reopen': (f) => ({ id: f.intake.closedCaseId(), entryPoint: 'selfReferral', intakeDate: '2026-11-20', caseManagerId: f.intake.caseManagerId }),
  'assessments.create': (f) => ({
    caseId: f.intake.caseId,
    assessedOn: '2026-11-20',
    domains: Object.fromEntries(
      ['housing', 'health', 'dailyLiving', 'socialSkills', 'employment', 'education', 'family', 'legal', 'guardianship', 'accessibility', 'psychological', 'mediation'].map((d) => [d, { needLevel: 'low' }]),
    ) as MethodInput<'assessments.create'>['domains'],
  }),
  'assessments.list': (f) => ({ caseId: f.intake.caseId }),
  // Each role saves a draft and then signs it, so every role's sign finds a draft.
  'plans.saveDraft': (f) => ({ caseId: f.intake.caseId, goals: [{ text: 'Rasti darbą', steps: [{ text: 'Parašyti gyvenimo aprašymą', who: 'Klientas' }] }] }),
  'plans.sign': (f) => ({ caseId: f.intake.caseId, signedByClientOn: '2026-11-20', signedByManagerOn: '2026-11-20' }),
  'plans.list': (f) => ({ caseId: f.intake.caseId }),
  'plans.get': (f) => ({ caseId: f.intake.caseId, version: 1 }),
  'plans.setStepStatus': (f) => ({ stepId: f.intake.stepId, status: 'done', doneOn: '2026-11-20' }),
  'settings.getTexts': () => ({}),
  'settings.updateText': () => ({ key: 'clientRights', language: 'lt', text: 'Jūs turite teisę dalyvauti rengiant planą.' }),
  'settings.getTiming': () => ({}),
  'settings.updateTiming': () => ({ targetGroup: 'PWD', planMonths: 1, reviewMonths: 6 }),
  // Follow-up, reviews, closure, Today: the cases come from makeCycleCallFixture.
  'notes.add': (f) => ({ caseId: f.cycle.workCaseId, contactDate: '2026-11-20', kind: 'phone', text: 'Paskambino, susitarė dėl vizito.' }),
  'notes.list': (f) => ({ caseId: f.cycle.workCaseId }),
  'tasks.add': (f) => ({ caseId: f.cycle.workCaseId, text: 'Nuvykti į užimtumo tarnybą', dueDate: '2026-12-10' }),
  'tasks.complete': (f) => ({ taskId: f.cycle.openTaskId() }),
  'tasks.list': (f) => ({ caseId: f.cycle.workCaseId }),
  'ylc.get': (f) => ({ caseId: f.cycle.ylcCaseId }),
  'ylc.recordWarning': (f) => ({ caseId: f.cycle.ylcCaseId, givenOn: '2026-11-20' }),
  'ylc.setUnreachableSince': (f) => ({ caseId: f.cycle.ylcCaseId, since: '2026-10-01' }),
  'ylc.setNeetSince': (f) => ({ caseId: f.cycle.ylcCaseId, since: null }),
  // Outcome 'close' keeps the case in review, so every role's call finds it where the last one left it.
  'reviews.create': (f) => ({
    caseId: f.cycle.workCaseId,
    reviewedOn: '2026-11-20',
    goals: f.cycle.workGoalIds.map((goalId) => ({ goalId, progress: 'progressing' as const })),
    supportLevel: 'faceToFace',
    stillNeeded: true,
    outcome: 'close',
  }),
  'reviews.list': (f) => ({ caseId: f.cycle.workCaseId }),
  'closure.request': (f) => ({
    caseId: f.cycle.closableCaseId,
    reason: 'planComplete',
    clientInvolved: true,
    clientAgrees: true,
    contactLeft: true,
    serviceEvaluation: 'Paslaugos padėjo.',
  }),
  'closure.authorise': (f) => ({ caseId: f.cycle.toAuthoriseCaseId }),
  'closure.return': (f) => ({ caseId: f.cycle.toReturnCaseId, comment: 'Trūksta paslaugų vertinimo.' }),
  'closure.pending': () => ({}),
  'closure.list': (f) => ({ caseId: f.cycle.workCaseId }),
  // Printed forms (issue 5): a closure waiting for authorisation is printable, and so is the work case's signed plan.
  'documents.closureForm': (f) => ({ caseId: f.cycle.toAuthoriseCaseId, language: 'lt' }),
  'documents.actionPlan': (f) => ({ caseId: f.cycle.workCaseId, language: 'en' }),
  'documents.referralForm': (f) => ({ referralId: f.serviceMap.referralId, language: 'lt' }),
  'today.list': () => ({}),
  'ministry.preview': () => ({ quarter: '2026-Q3' }),
  'ministry.export': () => ({ quarter: '2026-Q3' }),
  'ministry.history': () => ({}),
  'ministry.getSettings': () => ({}),
  'ministry.updateSettings': () => ({ threshold: 6 }),
  'reports.dashboard': () => ({ from: '2026-01-01', to: '2026-12-31' }),
  'reports.processIndicators': () => ({ from: '2026-01-01', to: '2026-12-31' }),
  'reports.export': () => ({ report: 'caseload', format: 'csv', filters: { from: '2026-01-01', to: '2026-12-31' } }),
  'ylc.recordSupport': (f) => ({ caseId: f.cycle.ylcCaseId, givenOn: '2026-11-02', supportType: 'SOCIAL_SKILLS' }),
  'ylc.listSupports': (f) => ({ caseId: f.cycle.ylcCaseId }),
  // Demo data: the role table's centre already has cases, so an allowed fill is refused with CONFLICT.
  'demo.status': () => ({}),
  'demo.fill': () => ({ cases: 1 }),
  // Service map, consents, referrals (issue 4).
  'serviceMap.search': () => ({ q: 'siauliu' }),
  'serviceMap.listProviders': () => ({}),
  'serviceMap.getProvider': (f) => ({ id: f.serviceMap.providerId }),
  'serviceMap.saveProvider': () => ({ name: 'Naujas teikėjas', sector: 'ngo', municipality: 'LT-57' }),
  'serviceMap.saveService': (f) => ({ providerId: f.serviceMap.providerId, name: 'Nauja paslauga' }),
  'serviceMap.markChecked': (f) => ({ id: f.serviceMap.providerId }),
  'serviceMap.export': () => ({ format: 'json' }),
  'serviceMap.importPreview': () => ({ content: MINIMAL_EXCHANGE_FILE }),
  'serviceMap.import': () => ({ content: MINIMAL_EXCHANGE_FILE }),
  'serviceMap.getSettings': () => ({}),
  'serviceMap.updateSettings': () => ({ followUpDays: 14, staleMonths: 12 }),
  'serviceMap.suggest': (f) => ({ caseId: f.serviceMap.caseId }),
  'consents.list': (f) => ({ clientId: f.serviceMap.clientId }),
  'consents.record': (f) => ({ clientId: f.serviceMap.clientId, scope: 'sector', sector: 'education', what: 'Kontaktai', givenOn: '2026-11-20' }),
  'consents.withdraw': (f) => ({ id: f.serviceMap.consentId(), withdrawnOn: '2026-11-20' }),
  'consents.recordException': (f) => ({
    clientId: f.serviceMap.clientId,
    providerId: f.serviceMap.providerId,
    reason: 'Grėsmė gyvybei: skubi pagalba',
    validFrom: '2026-11-23',
    validUntil: '2026-11-30',
  }),
  'consents.check': (f) => ({ clientId: f.serviceMap.clientId, providerId: f.serviceMap.providerId, onDate: '2026-11-20' }),
  'referrals.prefill': (f) => ({ caseId: f.serviceMap.caseId, providerId: f.serviceMap.providerId, serviceId: f.serviceMap.serviceId, planStepId: f.serviceMap.stepId }),
  'referrals.send': (f) => ({
    caseId: f.serviceMap.caseId,
    providerId: f.serviceMap.providerId,
    form: { referralDate: '2026-11-20', clientName: 'Ona Siuntinytė', reasons: 'Užimtumas', providerName: 'Vilniaus dienos centras' },
  }),
  'referrals.list': (f) => ({ caseId: f.serviceMap.caseId }),
  'referrals.get': (f) => ({ id: f.serviceMap.referralId }),
  'referrals.setStatus': (f) => ({ id: f.serviceMap.sentReferralId(), status: 'accepted', on: '2026-11-20' }),
  'referrals.setFollowUp': (f) => ({ id: f.serviceMap.referralId, followUpOn: '2026-11-30' }),
  'quality.getSettings': () => ({}),
  'quality.updateSettings': () => ({ certificationBenchmark: 60, documentationDays: 5 }),
  'quality.caseloadCases': (f) => ({ caseManagerId: f.victimId }),
  'evaluations.create': (f) => ({
    caseManagerId: f.victimId,
    periodFrom: '2026-07-01',
    periodTo: '2026-09-30',
    ratings: TABLE3_INDICATORS.map((indicator) => ({ indicator, rating: 3 })),
  }),
  'evaluations.list': () => ({}),
  'certifications.create': (f) => ({
    caseManagerId: f.victimId,
    introduction: { jobTitle: 'Atvejo vadybininkė' },
    scores: Object.fromEntries(CERTIFICATION_ITEMS.map((i) => [i, 4])) as Record<CertificationItem, number>,
  }),
  'certifications.list': () => ({}),
  'documents.certificationForm': () => ({ certificationId: 999_999, language: 'lt' }), // none: refused NOT_FOUND (printing is tested in certification.test.ts)
};
