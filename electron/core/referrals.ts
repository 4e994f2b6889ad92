// Referrals (R8) and the consent they need (R9): the status machine, follow-up dates and whether a
// recorded consent (or a supervisor's exception) covers sharing with a provider on a date.
import { addDays, compareDates } from './calendar-dates';
import type { Sector } from './service-map';

export const REFERRAL_STATUSES = ['sent', 'accepted', 'declined', 'completed'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** sent → accepted | declined; accepted → completed. Declined and completed are final. */
const NEXT: Readonly<Record<ReferralStatus, readonly ReferralStatus[]>> = {
  sent: ['accepted', 'declined'],
  accepted: ['completed'],
  declined: [],
  completed: [],
};

export function nextStatuses(status: ReferralStatus): readonly ReferralStatus[] {
  return NEXT[status];
}

export function canMoveTo(from: ReferralStatus, to: ReferralStatus): boolean {
  return NEXT[from].includes(to);
}

/** The follow-up date: `days` after sending (the centre's setting, 14 by default). */
export function followUpDate(sentOn: string, days: number): string {
  return addDays(sentOn, days);
}

/** A sent referral nobody answered by its follow-up date (R13: shown on Today as overdue). */
export function awaitingAnswer(r: { status: ReferralStatus; followUpOn: string }, today: string): boolean {
  return r.status === 'sent' && compareDates(r.followUpOn, today) <= 0;
}

export interface ConsentRecord {
  id: number;
  scope: 'provider' | 'sector';
  providerId: number | null;
  sector: Sector | null;
  givenOn: string;
  validUntil: string | null;
  withdrawnOn: string | null;
}

/** Valid on `date`: given on or before it, not expired before it, not withdrawn on or before it. */
export function consentValidOn(c: Pick<ConsentRecord, 'givenOn' | 'validUntil' | 'withdrawnOn'>, date: string): boolean {
  if (compareDates(c.givenOn, date) > 0) return false;
  if (c.validUntil && compareDates(c.validUntil, date) < 0) return false;
  if (c.withdrawnOn && compareDates(c.withdrawnOn, date) <= 0) return false;
  return true;
}

/** R9: the consent that lets data go to this provider on this date (the provider's own first, then its sector's). */
export function coveringConsent<C extends ConsentRecord>(consents: readonly C[], provider: { id: number; sector: Sector }, date: string): C | null {
  const valid = consents.filter((c) => consentValidOn(c, date));
  return valid.find((c) => c.scope === 'provider' && c.providerId === provider.id) ?? valid.find((c) => c.scope === 'sector' && c.sector === provider.sector) ?? null;
}

export interface ConsentExceptionRecord {
  id: number;
  providerId: number;
  validFrom: string;
  validUntil: string;
}

export function coveringException<E extends ConsentExceptionRecord>(exceptions: readonly E[], providerId: number, date: string): E | null {
  return exceptions.find((e) => e.providerId === providerId && compareDates(e.validFrom, date) <= 0 && compareDates(e.validUntil, date) >= 0) ?? null;
}
