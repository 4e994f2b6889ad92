import { afterEach, expect, test } from 'vitest';
import { makeCentre, type Harness } from '../support/harness';

let h: Harness | undefined;
afterEach(async () => h?.close());

test('first run then sign in', async () => {
  const c = await makeCentre();
  h = c;
  const s = await c.call('admin', 'auth.session', {});
  expect(s.user?.username).toBe('admin');
  expect(c.recoveryKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);
  const list = await c.call('admin', 'users.list', {});
  expect(list).toHaveLength(1);
});
