/** useApiQuery: one API read, typed from the contract, reloaded when a change makes it stale. */
import { useCallback, useState } from 'react';
import { useApi } from '../api/ApiContext';
import type { InputOf, MethodName, ResultOf } from '../api/contract-types';
import { takeCome, takeEarly } from '../api/early-reads';
import { domainOf } from '../api/invalidation';
import { useLoad, type Loaded } from './useLoad';

/**
 * Calls `method` with `input` and again when the input changes (compared by value, so a literal
 * is fine), when `reload` is called, or when a writing call makes the method's domain stale.
 */
export function useApiQuery<M extends MethodName>(
  method: M,
  input: InputOf<M>,
): Loaded<ResultOf<M>> {
  const api = useApi();
  const key = JSON.stringify(input);
  const load = useCallback(() => {
    const call = api[method] as (input: unknown) => Promise<ResultOf<M>>;
    // The entry script may have started this very read (see app/first-reads.ts).
    return takeEarly(method, key) ?? call(JSON.parse(key) as unknown);
  }, [api, method, key]);
  // An early read whose answer is already here: the first render shows it.
  const [first] = useState(() => takeCome(method, key));
  return useLoad(load, [domainOf(method)], first);
}
