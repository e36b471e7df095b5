// Whether a method may change the workspace, and an API wrapper that reports each such call.
import type { DossierApi, MethodName } from './contract-types';
import { WRITING_METHODS } from './method-names';

const WRITERS: ReadonlySet<string> = new Set(WRITING_METHODS);

/**
 * Whether a method may change the workspace, as the contract declares it. Document calls change
 * no record when called: a generation is stored when its job ends, and the page that ran the
 * job refreshes then.
 */
export function isMutation(method: MethodName): boolean {
  return WRITERS.has(method);
}

/**
 * The same API, telling `onMutation` after every successful call of a method that may have
 * changed data (a save, a delete, an undo), so the pages and the undo button can refresh.
 */
export function withMutationListener(
  api: DossierApi,
  onMutation: (method: MethodName) => void,
): DossierApi {
  const wrapped: Partial<Record<MethodName, (input: unknown) => Promise<unknown>>> = {};
  for (const method of Object.keys(api) as MethodName[]) {
    const call = api[method] as (input: unknown) => Promise<unknown>;
    wrapped[method] = isMutation(method)
      ? async (input: unknown) => {
          const result = await call(input);
          onMutation(method);
          return result;
        }
      : call;
  }
  // Each entry forwards its input and result unchanged, so the contract's types hold.
  return Object.freeze(wrapped) as DossierApi;
}
