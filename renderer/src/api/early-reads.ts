// Reads started before the app's code has loaded, each handed once to the first caller asking for it.
import type { DossierApi, InputOf, MethodName, ResultOf } from './contract-types';

/** A read under way, and its answer once it has come. */
interface Early {
  answer: Promise<unknown>;
  came?: { result: unknown };
}

const started = new Map<string, Early>();
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
  const early: Early = { answer };
  answer.then(
    (result) => (early.came = { result }),
    () => undefined,
  );
  started.set(keyOf(method, JSON.stringify(input)), early);
}

/** The early read of `method` with this input (as JSON), once; undefined if none was started. */
export function takeEarly<M extends MethodName>(
  method: M,
  inputJson: string,
): Promise<ResultOf<M>> | undefined {
  const key = keyOf(method, inputJson);
  const early = started.get(key);
  started.delete(key);
  return early?.answer as Promise<ResultOf<M>> | undefined;
}

/**
 * The early read of `method` with this input (as JSON), left for its taker; undefined if none
 * was started (the entry draws the first screen from it: see first-screen/draw.ts).
 */
export function peekEarly<M extends MethodName>(
  method: M,
  inputJson: string,
): Promise<ResultOf<M>> | undefined {
  return started.get(keyOf(method, inputJson))?.answer as Promise<ResultOf<M>> | undefined;
}

/**
 * The answer of the early read of `method` with this input if it has already come, once (then
 * the first screen renders with it at once, not after a round of loading); else undefined, and
 * the read stays for `takeEarly`.
 */
export function takeCome<M extends MethodName>(
  method: M,
  inputJson: string,
): { result: ResultOf<M> } | undefined {
  const key = keyOf(method, inputJson);
  const came = started.get(key)?.came as { result: ResultOf<M> } | undefined;
  if (came) started.delete(key);
  return came;
}

/**
 * Ends the start-up: reads nobody took are dropped (their answers would be stale by the time
 * someone asks) and no new ones start.
 */
export function endEarlyReads(): void {
  open = false;
  started.clear();
}
