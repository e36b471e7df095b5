// The typed API over a transport: one async function per method, throwing ApiError on failure.
import { ApiError } from './api-error';
import type { CallOutcome, DossierApi, MethodName } from './contract-types';
import { API_METHODS } from './method-names';

/** Carries one call to the core and brings back its outcome. Never throws for an error envelope. */
export type Transport = (method: MethodName, input: unknown) => Promise<CallOutcome<unknown>>;

/**
 * The typed API over a transport: one async function per method. A failed outcome is thrown
 * as an `ApiError` carrying the envelope.
 */
export function createApi(transport: Transport): DossierApi {
  const api: Partial<Record<MethodName, (input: unknown) => Promise<unknown>>> = {};
  for (const method of API_METHODS) {
    api[method] = async (input: unknown) => {
      const outcome = await transport(method, input ?? {});
      if (!outcome.ok) throw new ApiError(outcome.error);
      return outcome.result;
    };
  }
  // Each entry forwards its input and result unchanged, so the contract's types hold.
  return Object.freeze(api) as DossierApi;
}
