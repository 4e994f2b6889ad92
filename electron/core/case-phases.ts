// The case-management cycle as a state machine. Closure is not a phase but a request on the current
// phase (R14): the case stays where it was until a supervisor authorises the closure or returns it.

export const PHASES = ['intake', 'assessment', 'planning', 'implementation', 'review', 'closed'] as const;
export type Phase = (typeof PHASES)[number];
export type OpenPhase = Exclude<Phase, 'closed'>;

// Forward one step at a time; a review may send the case back round the cycle (the cycle is iterative).
// 'closed' is never a move: only authoriseClosure reaches it.
const MOVES: Readonly<Record<Phase, readonly Phase[]>> = {
  intake: ['assessment'],
  assessment: ['planning'],
  planning: ['implementation'],
  implementation: ['review'],
  review: ['assessment', 'planning', 'implementation'],
  closed: [],
};

// From intake a case can only be closed because the person is not eligible (R2, R3): anyone eligible
// is assessed before the case can end.
const CLOSABLE: ReadonlySet<Phase> = new Set<Phase>(['assessment', 'planning', 'implementation', 'review']);

export function canMove(from: Phase, to: Phase): boolean {
  return MOVES[from].includes(to);
}

export type CaseState = { phase: Phase; closure: null | { requestedFrom: Phase; status: 'requested' } };

export type CaseEvent =
  | { type: 'advance'; to: Phase }
  | { type: 'requestClosure'; notEligible?: boolean }
  | { type: 'authoriseClosure' }
  | { type: 'returnClosure' };

export type CaseEventRefusal = 'notAllowed' | 'closed' | 'noPendingClosure' | 'closurePending';
export type CaseEventResult = { ok: true; state: CaseState } | { ok: false; reason: CaseEventRefusal };

export const INITIAL_CASE_STATE: CaseState = { phase: 'intake', closure: null };

export function canRequestClosure(phase: Phase, notEligible = false): boolean {
  return CLOSABLE.has(phase) || (phase === 'intake' && notEligible);
}

/** A closed case takes no event: reopening is a new case linked to the old one (R15). */
export function applyCaseEvent(state: CaseState, event: CaseEvent): CaseEventResult {
  if (state.phase === 'closed') return { ok: false, reason: 'closed' };
  switch (event.type) {
    case 'advance':
      if (state.closure) return { ok: false, reason: 'closurePending' };
      if (!canMove(state.phase, event.to)) return { ok: false, reason: 'notAllowed' };
      return { ok: true, state: { phase: event.to, closure: null } };
    case 'requestClosure':
      if (state.closure) return { ok: false, reason: 'closurePending' };
      if (!canRequestClosure(state.phase, event.notEligible)) return { ok: false, reason: 'notAllowed' };
      return { ok: true, state: { phase: state.phase, closure: { requestedFrom: state.phase, status: 'requested' } } };
    case 'authoriseClosure':
      if (!state.closure) return { ok: false, reason: 'noPendingClosure' };
      return { ok: true, state: { phase: 'closed', closure: null } };
    case 'returnClosure':
      if (!state.closure) return { ok: false, reason: 'noPendingClosure' };
      return { ok: true, state: { phase: state.closure.requestedFrom, closure: null } };
  }
}
