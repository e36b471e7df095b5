// DossierError and its kinds, field errors from zod, and the error envelope that crosses a transport.
import type { z } from 'zod';

export const ERROR_KINDS = [
  'validation',
  'not_found',
  'conflict',
  'store',
  'locked',
  'unauthorized',
  'unknown_method',
  'internal',
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

export interface FieldError {
  /** Dotted path of the failing field, e.g. `fundsInPlace` or `patch.name`. */
  path: string;
  message: string;
}

/** What crosses a transport when a call fails. `message` is plain Chinese for the user. */
export interface ErrorEnvelope {
  kind: ErrorKind;
  message: string;
  fields: FieldError[];
}

export type CallOutcome<R> = { ok: true; result: R } | { ok: false; error: ErrorEnvelope };

/** The one error type services throw; anything else becomes `internal`. */
export class DossierError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
    this.name = 'DossierError';
  }

  toEnvelope(): ErrorEnvelope {
    return { kind: this.kind, message: this.message, fields: this.fields };
  }
}

export function fieldErrorsFromZod(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

export function validationError(error: z.ZodError): DossierError {
  const fields = fieldErrorsFromZod(error);
  const first = fields[0];
  const message = first
    ? `输入有误：${first.message}${fields.length > 1 ? `（另有 ${fields.length - 1} 处）` : ''}`
    : '输入有误';
  return new DossierError('validation', message, fields);
}

export function toEnvelope(error: unknown): ErrorEnvelope {
  if (error instanceof DossierError) return error.toEnvelope();
  return { kind: 'internal', message: '程序内部错误，操作未完成，数据未改动。', fields: [] };
}
