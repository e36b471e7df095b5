import type { DossierApi, MethodName } from './contract-types';

/** Methods that only read; every other method may change the workspace. */
const READ_ONLY_SUFFIXES = ['.list', '.get', '.status', '.stats', '.query', '.backups', '.open'];

/**
 * Document calls change no record when called: a generation is stored when its job ends, and
 * the page that ran the job refreshes then (a long poll counted as a change would reload every
 * page on each answer).
 */
const READ_ONLY_PREFIXES = ['documents.'];

export function isMutation(method: MethodName): boolean {
  if (READ_ONLY_PREFIXES.some((prefix) => method.startsWith(prefix))) return false;
  return !READ_ONLY_SUFFIXES.some((suffix) => method.endsWith(suffix));
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
