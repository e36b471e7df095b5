// ApiError: a call that came back with an error envelope, its message in plain Chinese.
import type { ErrorEnvelope, ErrorKind, FieldError } from './contract-types';

/** A call that came back with an error envelope. `message` is plain Chinese for the user. */
export class ApiError extends Error {
  readonly envelope: ErrorEnvelope;

  constructor(envelope: ErrorEnvelope) {
    super(envelope.message);
    this.name = 'ApiError';
    this.envelope = envelope;
  }

  get kind(): ErrorKind {
    return this.envelope.kind;
  }

  get fields(): FieldError[] {
    return this.envelope.fields;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
