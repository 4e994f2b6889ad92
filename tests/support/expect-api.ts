import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { ApiErrorBody, ApiResult, ErrorCode } from '../../electron/contract';
import { KeyRing, type KeyRingData } from '../../db/keyring';

/** The error of a refused call; fails the test when the call succeeded. */
export function errorOf(r: ApiResult<unknown>): ApiErrorBody {
  if (r.ok) throw new Error(`expected a refusal, got ${JSON.stringify(r.value)}`);
  return r.error;
}

/** Asserts a refusal with this code (and message key, when given) and returns its body. */
export function expectError(r: ApiResult<unknown>, code: ErrorCode, messageKey?: string): ApiErrorBody {
  const e = errorOf(r);
  expect(e.code, JSON.stringify(e)).toBe(code);
  if (messageKey !== undefined) expect(e.messageKey).toBe(messageKey);
  return e;
}

/** The key ring as it is on disk right now (not the in-memory copy). */
export function ringOnDisk(dataDir: string): KeyRingData {
  return JSON.parse(readFileSync(KeyRing.pathIn(dataDir), 'utf8')) as KeyRingData;
}
