// The value lists of the case cycle (DOMAIN.md R1–R15), declared once: the database schema, the
// contract and the screens all take them from here.

export const TARGET_GROUPS = ['PWD', 'PLP', 'YLC', 'OTHER'] as const;
export const PHASES = ['intake', 'assessment', 'planning', 'implementation', 'review', 'closed'] as const;
export const INTENSITIES = ['high', 'moderate', 'low'] as const;

/** R4: the assessment domains, in the order the form shows them. */
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
/** R14 (ILO Table 2): the seven reasons. */
export const CLOSURE_REASONS = ['planComplete', 'concernsResolved', 'transferred', 'death', 'migration', 'refusal', 'other'] as const;
export const CLOSURE_STATUSES = ['requested', 'returned', 'authorised'] as const;
