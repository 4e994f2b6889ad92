/** The crash harness's centre: who does the writes (the parent creates them, the child signs in). */
export const CRASH_USERS = {
  admin: { username: 'admin', password: 'Saugus-Slaptazodis-7', fullName: 'Rūta Žemaitienė' },
  caseManager: { username: 'vadybininke', password: 'Nuosavas-Slaptas-42' },
  supervisor: { username: 'vadove', password: 'Priziura-Slaptas-77' },
} as const;
