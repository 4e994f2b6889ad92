export const PASSWORD_MIN_LENGTH = 10;

// A short list of the passwords people reach for first; long enough to catch the obvious.
const COMMON = new Set([
  'password123', 'slaptazodis', 'slaptažodis', '1234567890', 'qwertyuiop', 'administrator',
  'password1234', 'letmein123', 'welcome123', 'atvejis123', 'vilnius123', 'lietuva123',
]);

/** Returns the i18n keys of what is wrong with a new password (empty when it is acceptable). */
export function passwordProblems(raw: string, context: { username?: string } = {}): string[] {
  // The key ring derives keys from the NFC form, so judge the same form.
  const password = raw.normalize('NFC');
  const problems: string[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) problems.push('validation.passwordTooShort');
  const classes = [/[a-ząčęėįšųūž]/, /[A-ZĄČĘĖĮŠŲŪŽ]/, /[0-9]/, /[^\p{L}\p{N}]/u].filter((re) => re.test(password)).length;
  if (password.length >= PASSWORD_MIN_LENGTH && classes < 2) problems.push('validation.passwordVariety');
  if (/^(.)\1*$/u.test(password) || COMMON.has(password.toLowerCase())) problems.push('validation.passwordCommon');
  const user = context.username?.trim().toLowerCase();
  if (user && user.length >= 3 && password.toLowerCase().includes(user)) problems.push('validation.passwordHasUsername');
  return problems;
}
