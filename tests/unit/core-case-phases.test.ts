// The case-management cycle (electron/core/case-phases.ts).
import { describe, expect, test } from 'vitest';
import {
  applyCaseEvent,
  canMove,
  INITIAL_CASE_STATE,
  PHASES,
  type CaseEvent,
  type CaseState,
  type Phase,
} from '../../electron/core/case-phases';

function run(events: CaseEvent[], from: CaseState = INITIAL_CASE_STATE): CaseState {
  return events.reduce((state, event) => {
    const result = applyCaseEvent(state, event);
    if (!result.ok) throw new Error(`${event.type} refused: ${result.reason}`);
    return result.state;
  }, from);
}

const at = (phase: Phase): CaseState => ({ phase, closure: null });
const pending = (phase: Phase): CaseState => ({ phase, closure: { requestedFrom: phase, status: 'requested' } });

describe('the cycle', () => {
  test('phases in order', () => {
    expect(PHASES).toEqual(['intake', 'assessment', 'planning', 'implementation', 'review', 'closed']);
  });

  test('forward one step at a time', () => {
    expect(canMove('intake', 'assessment')).toBe(true);
    expect(canMove('assessment', 'planning')).toBe(true);
    expect(canMove('planning', 'implementation')).toBe(true);
    expect(canMove('implementation', 'review')).toBe(true);
    expect(canMove('intake', 'planning')).toBe(false);
    expect(canMove('planning', 'assessment')).toBe(false);
    expect(canMove('assessment', 'assessment')).toBe(false);
  });

  test('R10 a review can send the case back to assessment, planning or implementation', () => {
    for (const to of ['assessment', 'planning', 'implementation'] as const) expect(canMove('review', to)).toBe(true);
    expect(canMove('review', 'intake')).toBe(false);
  });

  test('R14 no phase moves to closed: only an authorised closure closes', () => {
    for (const from of PHASES) expect(canMove(from, 'closed')).toBe(false);
    expect(applyCaseEvent(at('review'), { type: 'advance', to: 'closed' })).toEqual({ ok: false, reason: 'notAllowed' });
  });

  test('a full cycle with one loop back', () => {
    const state = run([
      { type: 'advance', to: 'assessment' },
      { type: 'advance', to: 'planning' },
      { type: 'advance', to: 'implementation' },
      { type: 'advance', to: 'review' },
      { type: 'advance', to: 'planning' },
      { type: 'advance', to: 'implementation' },
      { type: 'advance', to: 'review' },
    ]);
    expect(state).toEqual(at('review'));
  });

  test('a refused move leaves a reason', () => {
    expect(applyCaseEvent(at('intake'), { type: 'advance', to: 'review' })).toEqual({ ok: false, reason: 'notAllowed' });
  });
});

describe('R14 closure', () => {
  test('R14 closure can be requested from assessment, planning, implementation and review', () => {
    for (const phase of ['assessment', 'planning', 'implementation', 'review'] as const) {
      expect(applyCaseEvent(at(phase), { type: 'requestClosure' })).toEqual({ ok: true, state: pending(phase) });
    }
  });

  test('R2 R3 R14 from intake only for a not-eligible decision', () => {
    expect(applyCaseEvent(at('intake'), { type: 'requestClosure' })).toEqual({ ok: false, reason: 'notAllowed' });
    expect(applyCaseEvent(at('intake'), { type: 'requestClosure', notEligible: true })).toEqual({ ok: true, state: pending('intake') });
  });

  test('R14 a case is closed only when a supervisor authorises the request', () => {
    expect(run([{ type: 'requestClosure' }, { type: 'authoriseClosure' }], at('review'))).toEqual(at('closed'));
    expect(applyCaseEvent(at('review'), { type: 'authoriseClosure' })).toEqual({ ok: false, reason: 'noPendingClosure' });
  });

  test('R14 a returned closure puts the case back in the phase it came from', () => {
    expect(run([{ type: 'requestClosure' }, { type: 'returnClosure' }], at('implementation'))).toEqual(at('implementation'));
    expect(applyCaseEvent(at('implementation'), { type: 'returnClosure' })).toEqual({ ok: false, reason: 'noPendingClosure' });
  });

  test('R14 while a closure is pending the case does not move and no second request is made', () => {
    expect(applyCaseEvent(pending('implementation'), { type: 'advance', to: 'review' })).toEqual({ ok: false, reason: 'closurePending' });
    expect(applyCaseEvent(pending('implementation'), { type: 'requestClosure' })).toEqual({ ok: false, reason: 'closurePending' });
  });

  test('R15 a closed case accepts no event; reopening is a new case', () => {
    const events: CaseEvent[] = [
      { type: 'advance', to: 'assessment' },
      { type: 'advance', to: 'intake' },
      { type: 'requestClosure' },
      { type: 'requestClosure', notEligible: true },
      { type: 'authoriseClosure' },
      { type: 'returnClosure' },
    ];
    for (const event of events) expect(applyCaseEvent(at('closed'), event)).toEqual({ ok: false, reason: 'closed' });
  });

  test('the input state is not mutated', () => {
    const state = at('review');
    const frozen = Object.freeze({ ...state });
    applyCaseEvent(frozen, { type: 'requestClosure' });
    expect(frozen).toEqual(at('review'));
  });
});
