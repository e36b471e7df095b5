// Test helper: a core on a fresh temp data folder, with calls that must succeed or must fail.
import { onTestFinished } from 'vitest';
import type { InputOf, MethodName, ResultOf } from '../../electron/core/api/contract';
import type { ErrorEnvelope } from '../../electron/core/api/errors';
import { openCore, type CoreOptions, type DossierCore } from '../../electron/core/app';
import { sequentialIds, steppingClock } from '../../electron/core/clock';
import { makeTempDir } from './temp-dir';

export interface TestCore {
  core: DossierCore;
  dir: string;
  /** Calls a method and returns its result; fails the test with the envelope if it errs. */
  call<M extends MethodName>(method: M, input: InputOf<M>): Promise<ResultOf<M>>;
  /** Calls a method that must fail, and returns its error envelope. */
  fail(method: MethodName, input: unknown): Promise<ErrorEnvelope>;
}

export const TEST_START = new Date('2024-04-01T09:00:00+08:00');

/** A core on a fresh temp data folder, with a stepping clock and sequential ids. */
export async function openTestCore(
  dir?: string,
  options: Pick<CoreOptions, 'documents' | 'openFile' | 'write'> = {},
): Promise<TestCore> {
  const dataDir = dir ?? (await makeTempDir());
  const core = await openCore({
    ...options,
    dataDir,
    clock: steppingClock(TEST_START),
    ids: sequentialIds(`t${Math.random().toString(36).slice(2, 8)}`),
  });
  onTestFinished(() => core.close());
  return {
    core,
    dir: dataDir,
    async call(method, input) {
      const outcome = await core.registry.call(method, input);
      if (!outcome.ok) throw new Error(`${method} failed: ${JSON.stringify(outcome.error)}`);
      return outcome.result as ResultOf<typeof method>;
    },
    async fail(method, input) {
      const outcome = await core.registry.call(method, input);
      if (outcome.ok) throw new Error(`${method} was expected to fail but returned a result`);
      return outcome.error;
    },
  };
}
