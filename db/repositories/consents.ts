import { and, asc, desc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../open';
import { clientConsents, clients, consentExceptions, serviceProviders, users } from '../schema';

// R9: the client's consents to share data, and supervisors' documented exceptions.

export type ConsentRow = typeof clientConsents.$inferSelect;
export type ConsentInsert = Omit<typeof clientConsents.$inferInsert, 'id'>;
export type ExceptionRow = typeof consentExceptions.$inferSelect;
export type ExceptionInsert = Omit<typeof consentExceptions.$inferInsert, 'id'>;
export type ConsentView = ConsentRow & { providerName: string | null; recordedByName: string; withdrawnByName: string | null };
export type ExceptionView = ExceptionRow & { providerName: string; grantedByName: string };

const recorder = alias(users, 'recorder');
const withdrawer = alias(users, 'withdrawer');

export async function clientExists(db: Db, clientId: number): Promise<boolean> {
  return db.select({ id: clients.id }).from(clients).where(eq(clients.id, clientId)).get() !== undefined;
}

export async function insertConsent(db: Db, values: ConsentInsert): Promise<ConsentRow> {
  return db.insert(clientConsents).values(values).returning().get();
}

export async function findConsent(db: Db, id: number): Promise<ConsentRow | undefined> {
  return db.select().from(clientConsents).where(eq(clientConsents.id, id)).get();
}

export async function withdrawConsent(db: Db, id: number, withdrawnOn: string, withdrawnBy: number): Promise<void> {
  db.update(clientConsents).set({ withdrawnOn, withdrawnBy }).where(eq(clientConsents.id, id)).run();
}

/** A client's consents, newest first, with the names a screen shows. */
export async function listConsentViews(db: Db, clientId: number): Promise<ConsentView[]> {
  return db
    .select({
      c: clientConsents,
      providerName: serviceProviders.name,
      recordedByName: recorder.fullName,
      withdrawnByName: withdrawer.fullName,
    })
    .from(clientConsents)
    .leftJoin(serviceProviders, eq(serviceProviders.id, clientConsents.providerId))
    .innerJoin(recorder, eq(recorder.id, clientConsents.recordedBy))
    .leftJoin(withdrawer, eq(withdrawer.id, clientConsents.withdrawnBy))
    .where(eq(clientConsents.clientId, clientId))
    .orderBy(desc(clientConsents.givenOn), desc(clientConsents.id))
    .all()
    .map((r) => ({ ...r.c, providerName: r.providerName, recordedByName: r.recordedByName, withdrawnByName: r.withdrawnByName }));
}

export async function listConsents(db: Db, clientId: number): Promise<ConsentRow[]> {
  return db.select().from(clientConsents).where(eq(clientConsents.clientId, clientId)).orderBy(asc(clientConsents.id)).all();
}

export async function insertException(db: Db, values: ExceptionInsert): Promise<ExceptionRow> {
  return db.insert(consentExceptions).values(values).returning().get();
}

export async function listExceptions(db: Db, clientId: number, providerId?: number): Promise<ExceptionRow[]> {
  return db
    .select()
    .from(consentExceptions)
    .where(and(eq(consentExceptions.clientId, clientId), providerId !== undefined ? eq(consentExceptions.providerId, providerId) : undefined))
    .orderBy(asc(consentExceptions.id))
    .all();
}

export async function listExceptionViews(db: Db, clientId: number): Promise<ExceptionView[]> {
  return db
    .select({ e: consentExceptions, providerName: serviceProviders.name, grantedByName: users.fullName })
    .from(consentExceptions)
    .innerJoin(serviceProviders, eq(serviceProviders.id, consentExceptions.providerId))
    .innerJoin(users, eq(users.id, consentExceptions.grantedBy))
    .where(eq(consentExceptions.clientId, clientId))
    .orderBy(desc(consentExceptions.validFrom), desc(consentExceptions.id))
    .all()
    .map((r) => ({ ...r.e, providerName: r.providerName, grantedByName: r.grantedByName }));
}
