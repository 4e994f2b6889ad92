import type { MethodInput, MethodName } from '../../electron/contract';

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
};
