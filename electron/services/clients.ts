import type { Db } from '../../db/open';
import { isConstraintError, listCasesOfClient } from '../../db/repositories/cases';
import {
  findClientByCode,
  findClientById,
  findDuplicateCandidates,
  insertClient,
  isClientOwnedBy,
  listClientHistory,
  searchClients,
  updateClient,
  type ClientRow,
} from '../../db/repositories/clients';
import type { UserRow } from '../../db/repositories/users';
import { withRead, withTransaction } from '../../db/transaction';
import { maskPersonalCode, resolveIdentity } from '../core/client-identity';
import { findPossibleDuplicates, foldName } from '../core/name-match';
import { validatePersonalCode } from '../core/personal-code';
import type { Client, ClientCase, ClientListItem, DuplicateCandidate } from '../contract/methods/clients';
import { requireUser, type HandlerGroup } from './call-context';
import { seesAllCases } from './case-access';
import { audit, diffFields } from './cycle-common';
import { DomainError, forbidden, notFound } from './errors';

// R1: a person is registered once; the personal code decides birth date and sex; every change is
// audited with what it changed (the edit history), and opening a client's file is audited too.

const DETAIL_FIELDS = ['address', 'phone', 'email', 'languages', 'familySituation', 'caregiver', 'vulnerabilityNotes'] as const;
const EDITABLE_FIELDS = ['firstName', 'lastName', 'personalCode', 'birthDate', 'sex', ...DETAIL_FIELDS] as const;

export function toClient(r: ClientRow): Client {
  return {
    id: r.id,
    firstName: r.firstName,
    lastName: r.lastName,
    personalCode: r.personalCode,
    birthDate: r.birthDate,
    sex: r.sex,
    address: r.address,
    phone: r.phone,
    email: r.email,
    languages: r.languages,
    familySituation: r.familySituation,
    caregiver: r.caregiver,
    vulnerabilityNotes: r.vulnerabilityNotes,
    createdBy: r.createdBy,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

export const foldedName = (firstName: string, lastName: string) => foldName(`${firstName} ${lastName}`);

const codeTaken = () =>
  new DomainError('CONFLICT', 'errors.personalCodeTaken', undefined, [{ path: 'personalCode', messageKey: 'errors.personalCodeTaken' }]);

async function duplicatesOf(
  db: Db,
  viewer: UserRow,
  who: { firstName: string; lastName: string; personalCode: string | null; birthDate: string | null },
): Promise<DuplicateCandidate[]> {
  const rows = await findDuplicateCandidates(db, who);
  const found = findPossibleDuplicates(who, rows);
  const out: DuplicateCandidate[] = [];
  for (const d of found) {
    const r = rows.find((x) => x.id === d.id)!;
    // Shown to everyone (registering a person twice is worse), but only the identity; the file stays the owner's.
    const canOpen = seesAllCases(viewer) || (await isClientOwnedBy(db, r.id, viewer.id));
    out.push({ id: r.id, firstName: r.firstName, lastName: r.lastName, birthDate: r.birthDate, personalCodeMasked: maskPersonalCode(r.personalCode), reason: d.reason, canOpen });
  }
  return out;
}

function identityOrThrow(input: { personalCode: string | null; birthDate: string | null; sex: 'F' | 'M' | null }) {
  const r = resolveIdentity(input);
  if (!r.ok) throw new DomainError('VALIDATION', 'errors.validation', undefined, r.issues);
  return r;
}

/** A client the user may see: a case manager their own clients (clientOwnedBy), supervisors and administrators all. */
export async function loadClientFor(db: Db, user: UserRow, clientId: number): Promise<ClientRow> {
  const row = await findClientById(db, clientId);
  if (!row) throw notFound();
  if (!seesAllCases(user) && !(await isClientOwnedBy(db, clientId, user.id))) throw forbidden();
  return row;
}

function toClientCase(c: Awaited<ReturnType<typeof listCasesOfClient>>[number]): ClientCase {
  return {
    id: c.id,
    caseNumber: c.caseNumber,
    targetGroup: c.targetGroup,
    phase: c.phase,
    intakeDate: c.intakeDate,
    closedOn: c.closedOn,
    caseManagerId: c.caseManagerId,
    caseManagerName: c.caseManagerName,
    previousCaseId: c.previousCaseId,
    isReturn: c.previousCaseId !== null,
  };
}

export const clientHandlers: HandlerGroup<'clients.checkDuplicates' | 'clients.create' | 'clients.update' | 'clients.get' | 'clients.history' | 'clients.search'> = {
  'clients.checkDuplicates': async (input, ctx) => {
    const { app } = ctx;
    const actor = requireUser(ctx);
    const id = identityOrThrow({ personalCode: input.personalCode ?? null, birthDate: input.birthDate ?? null, sex: input.sex ?? null });
    const candidates = await withRead(app.handle, (db) =>
      duplicatesOf(db, actor, { firstName: input.firstName, lastName: input.lastName, personalCode: id.personalCode, birthDate: id.birthDate }),
    );
    return { candidates };
  },

  'clients.create': async (input, ctx) => {
    const { app } = ctx;
    const actor = requireUser(ctx);
    const id = identityOrThrow({ personalCode: input.personalCode ?? null, birthDate: input.birthDate ?? null, sex: input.sex ?? null });
    try {
      return await withTransaction(app.handle, async (db) => {
        const candidates = await duplicatesOf(db, actor, { firstName: input.firstName, lastName: input.lastName, personalCode: id.personalCode, birthDate: id.birthDate });
        // The same personal code is the same person: never a second registration.
        if (candidates.some((c) => c.reason === 'sameCode')) throw codeTaken();
        if (candidates.length && !input.confirmNotDuplicate) {
          throw new DomainError(
            'CONFLICT',
            'errors.possibleDuplicate',
            { count: candidates.length, ids: candidates.map((c) => c.id).join(',') },
            candidates.map((c) => ({ path: `candidates.${c.id}`, messageKey: `errors.possibleDuplicate` })),
          );
        }
        const now = app.nowIso();
        const row = await insertClient(db, {
          firstName: input.firstName,
          lastName: input.lastName,
          nameFolded: foldedName(input.firstName, input.lastName),
          personalCode: id.personalCode,
          birthDate: id.birthDate,
          sex: id.sex,
          address: input.address,
          phone: input.phone,
          email: input.email,
          languages: input.languages,
          familySituation: input.familySituation,
          caregiver: input.caregiver,
          vulnerabilityNotes: input.vulnerabilityNotes,
          createdBy: actor.id,
          createdAt: now,
          updatedAt: now,
        });
        const client = toClient(row);
        const after = Object.fromEntries(EDITABLE_FIELDS.map((k) => [k, client[k]]));
        await audit(db, app, actor, {
          action: 'client.create',
          entityType: 'client',
          entityId: row.id,
          details: { changed: EDITABLE_FIELDS.filter((k) => after[k] !== '' && after[k] !== null), before: {}, after, confirmedNotDuplicate: candidates.map((c) => c.id) },
        });
        return client;
      });
    } catch (err) {
      if (isConstraintError(err, 'clients.personal_code')) throw codeTaken();
      throw err;
    }
  },

  'clients.update': async (input, ctx) => {
    const { app } = ctx;
    const actor = requireUser(ctx);
    try {
      return await withTransaction(app.handle, async (db) => {
        const row = await loadClientFor(db, actor, input.id);
        const before = toClient(row);
        const codeSent = input.personalCode !== undefined;
        const code = codeSent ? input.personalCode! : before.personalCode;
        const codeChanged = code !== before.personalCode;
        // A new code that encodes a birth date and sex replaces the old values unless they are sent too.
        const coded = code ? validatePersonalCode(code) : null;
        const codeDecides = codeChanged && coded?.ok === true && coded.birthDate !== null;
        const identity = identityOrThrow({
          personalCode: code,
          birthDate: input.birthDate !== undefined ? input.birthDate : codeDecides ? null : before.birthDate,
          sex: input.sex !== undefined ? input.sex : codeDecides ? null : before.sex,
        });
        if (identity.personalCode && codeChanged) {
          const other = await findClientByCode(db, identity.personalCode);
          if (other && other.id !== row.id) throw codeTaken();
        }
        const next: Client = {
          ...before,
          firstName: input.firstName ?? before.firstName,
          lastName: input.lastName ?? before.lastName,
          personalCode: identity.personalCode,
          birthDate: identity.birthDate,
          sex: identity.sex,
        };
        for (const k of DETAIL_FIELDS) if (input[k] !== undefined) next[k] = input[k];
        const diff = diffFields(before, next, EDITABLE_FIELDS);
        if (!diff.changed.length) return before;
        const updated = await updateClient(db, row.id, {
          ...Object.fromEntries(diff.changed.map((k) => [k, next[k]])),
          nameFolded: foldedName(next.firstName, next.lastName),
          updatedAt: app.nowIso(),
        });
        await audit(db, app, actor, { action: 'client.update', entityType: 'client', entityId: row.id, details: diff });
        return toClient(updated);
      });
    } catch (err) {
      if (isConstraintError(err, 'clients.personal_code')) throw codeTaken();
      throw err;
    }
  },

  'clients.get': async ({ id }, ctx) => {
    const { app } = ctx;
    const actor = requireUser(ctx);
    return withTransaction(app.handle, async (db) => {
      const row = await loadClientFor(db, actor, id);
      const cases = await listCasesOfClient(db, id, seesAllCases(actor) ? null : actor.id);
      await audit(db, app, actor, { action: 'client.view', entityType: 'client', entityId: id });
      return { client: toClient(row), cases: cases.map(toClientCase) };
    });
  },

  'clients.history': async ({ id }, ctx) => {
    const { app } = ctx;
    const actor = requireUser(ctx);
    return withRead(app.handle, async (db) => {
      await loadClientFor(db, actor, id);
      const rows = await listClientHistory(db, id);
      return rows.map((r) => {
        const details = JSON.parse(r.details) as { changed?: unknown; before?: unknown; after?: unknown };
        const obj = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
        return {
          id: r.id,
          at: r.at,
          userId: r.userId,
          username: r.username,
          action: r.action,
          changedFields: Array.isArray(details.changed) ? details.changed.map(String) : [],
          before: obj(details.before),
          after: obj(details.after),
        };
      });
    });
  },

  'clients.search': async ({ query, limit, offset }, ctx) => {
    const { app } = ctx;
    const actor = requireUser(ctx);
    const compact = query.replace(/\s+/g, '');
    const isCode = compact !== '' && /^\d+$/.test(compact);
    const words = isCode ? [] : foldName(query).split(' ').filter(Boolean);
    const ownerId = seesAllCases(actor) ? null : actor.id;
    // One letter matches a good part of the register: wait for a second one (or a third digit).
    if (compact !== '' && (isCode ? compact.length < 3 : words.join('').length < 2)) return { total: 0, capped: false, tooShort: true, items: [] };
    return withRead(app.handle, async (db) => {
      const { total, capped, rows } = await searchClients(db, { words, codePrefix: isCode ? compact : null, ownerId, limit, offset });
      const items: ClientListItem[] = rows.map((r) => ({
        id: r.id,
        firstName: r.firstName,
        lastName: r.lastName,
        birthDate: r.birthDate,
        sex: r.sex,
        personalCodeMasked: maskPersonalCode(r.personalCode),
        latestCase: r.latestCase,
      }));
      return { total, capped, tooShort: false, items };
    });
  },
};
