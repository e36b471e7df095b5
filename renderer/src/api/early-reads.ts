// Reads started before the app's code has loaded, each handed once to the first caller asking for it.
import type { DossierApi, InputOf, MethodName, ResultOf } from './contract-types';

const started = new Map<string, Promise<unknown>>();
let open = true;

const keyOf = (method: MethodName, inputJson: string) => `${method}\n${inputJson}`;

/**
 * Starts `method(input)` now, so its answer travels while the app's code loads and renders.
 * The first `takeEarly` of the same method and input gets it; a read nobody takes is dropped.
 */
export function startEarly<M extends MethodName>(api: DossierApi, method: M, input: InputOf<M>) {
  if (!open) return;
  const call = api[method] as (input: unknown) => Promise<ResultOf<M>>;
  const answer = call(input);
  // Its caller sees a failure; until then it is not an unhandled rejection.
  answer.catch(() => undefined);
  started.set(keyOf(method, JSON.stringify(input)), answer);
}

/** The early read of `method` with this input (as JSON), once; undefined if none was started. */
export function takeEarly<M extends MethodName>(
  method: M,
  inputJson: string,
): Promise<ResultOf<M>> | undefined {
  const key = keyOf(method, inputJson);
  const answer = started.get(key) as Promise<ResultOf<M>> | undefined;
  started.delete(key);
  return answer;
}

/**
 * Ends the start-up: reads nobody took are dropped (their answers would be stale by the time
 * someone asks) and no new ones start.
 */
export function endEarlyReads(): void {
  open = false;
  started.clear();
}
