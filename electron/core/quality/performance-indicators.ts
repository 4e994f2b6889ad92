// R18: the performance monitoring model of ILO Table 3 — dimensions, each with numbered areas and
// their indicators. Ids are stable (they are stored with each rating); the words live in the locales.

export const TABLE3 = {
  professionalBehaviour: {
    rightsAndConsent: ['consentRecords', 'understandsRights', 'privacyAndDignity'],
    learning: ['usesTools', 'selfEvaluation', 'usesTraining'],
    ethicalLegalCultural: ['followsProcedures', 'followsSafety', 'timely', 'boundariesAndEthics'],
    collaborative: ['clientOriented', 'teamSpirit', 'advocates', 'cooperatesWithFamily', 'guidesColleagues'],
  },
  communication: {
    communicatesEffectively: ['listensEmpathically', 'respectsDifferences', 'specialNeedsCommunication', 'familyCommunication'],
    documentation: ['timelyRecords', 'compliesWithProtocols'],
  },
  assessmentAndIntervention: {
    assessmentAndPlan: ['clientAssessment', 'familyAssessment', 'autonomyAssessment', 'interventionPlan', 'supportAndReferral', 'monitoringTasks', 'closingTasks'],
    serviceMonitoring: ['realisticScenarios', 'relevantSupport', 'resources', 'reducesDependency'],
    effectsMonitoring: ['adjustsPlan', 'modifications', 'monitorsResponse', 'collectsData'],
  },
} as const;

export type Dimension = keyof typeof TABLE3;

/** Every indicator as "dimension.area.indicator", in the table's order. */
export const TABLE3_INDICATORS: readonly string[] = Object.entries(TABLE3).flatMap(([dim, areas]) =>
  Object.entries(areas).flatMap(([area, indicators]) => (indicators as readonly string[]).map((i) => `${dim}.${area}.${i}`)),
);

/** Ratings run from 1 (not met) to 4 (fully met). */
export const RATING_MIN = 1;
export const RATING_MAX = 4;
