// Call outcomes on the renderer side: a failure envelope, and checking an untrusted response's shape.
import type { CallOutcome, ErrorKind } from './contract-types';

export function failure(kind: ErrorKind, message: string): CallOutcome<never> {
  return { ok: false, error: { kind, message, fields: [] } };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Whether an untrusted value (a parsed response body) has the shape of a call outcome. */
export function isCallOutcome(value: unknown): value is CallOutcome<unknown> {
  if (!isRecord(value)) return false;
  if (value.ok === true) return 'result' in value;
  if (value.ok !== false || !isRecord(value.error)) return false;
  const { kind, message, fields } = value.error;
  return typeof kind === 'string' && typeof message === 'string' && Array.isArray(fields);
}
