// Calls a registry method from the command line; a failed call throws its Chinese message.
import type { InputOf, MethodName, ResultOf } from '../core/api/contract';
import type { Registry } from '../core/api/registry';

/** Calls a method on the registry; a failed call throws its Chinese message. */
export async function callOrThrow<M extends MethodName>(
  registry: Pick<Registry, 'call'>,
  method: M,
  input: InputOf<M>,
): Promise<ResultOf<M>> {
  const outcome = await registry.call(method, input);
  if (!outcome.ok) {
    const fields = outcome.error.fields.map((f) => `${f.path}：${f.message}`).join('；');
    throw new Error(fields ? `${outcome.error.message}（${fields}）` : outcome.error.message);
  }
  return outcome.result as ResultOf<M>;
}
