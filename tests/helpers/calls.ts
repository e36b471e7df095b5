// Test helper: the call / fail pair every test core offers over its method registry.
import type { InputOf, MethodName, ResultOf } from '../../electron/core/api/contract';
import type { ErrorEnvelope } from '../../electron/core/api/errors';
import type { Registry } from '../../electron/core/api/registry';

export interface Calls {
  /** Calls a method and returns its result; fails the test with the envelope if it errs. */
  call<M extends MethodName>(method: M, input: InputOf<M>): Promise<ResultOf<M>>;
  /** Calls a method that must fail, and returns its error envelope. */
  fail(method: MethodName, input: unknown): Promise<ErrorEnvelope>;
}

/** `call` and `fail` over a registry, as the test cores and desks hand them out. */
export function callsOf(registry: Pick<Registry, 'call'>): Calls {
  return {
    async call(method, input) {
      const outcome = await registry.call(method, input);
      if (!outcome.ok) throw new Error(`${method} failed: ${JSON.stringify(outcome.error)}`);
      return outcome.result as ResultOf<typeof method>;
    },
    async fail(method, input) {
      const outcome = await registry.call(method, input);
      if (outcome.ok) throw new Error(`${method} was expected to fail but returned a result`);
      return outcome.error;
    },
  };
}
