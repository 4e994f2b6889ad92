/** The program's version, as in package.json (tests/unit/version.test.ts keeps the two equal). */
export const APP_VERSION = '0.1.0';
