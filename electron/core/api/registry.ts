// The method registry: joins the services' handlers, parses input, runs writers one at a time.
import type { z } from 'zod';
import {
  CONTRACT,
  type Contract,
  type MethodName,
  type ParsedInputOf,
  type ResultOf,
} from './contract';
import { parseInput } from '../model/common';
import { StoreUncertainError } from '../store/commit-writer';
import { fsCauseOf } from '../store/fs-causes';
import {
  type CallOutcome,
  DossierError,
  type ErrorEnvelope,
  toEnvelope,
  validationError,
} from './errors';

export type Handler<M extends MethodName> = (input: ParsedInputOf<M>) => Promise<ResultOf<M>>;
export type HandlerSet = { [M in MethodName]?: Handler<M> };

export interface Registry {
  readonly names: readonly MethodName[];
  /** Parses `input` (untrusted) against the method's schema and runs it. Never throws. */
  call(method: string, input: unknown): Promise<CallOutcome<unknown>>;
}

/** A write the disk refused names its cause (disk full, no permission, read-only, file locked). */
function envelopeOf(error: unknown): ErrorEnvelope {
  if (error instanceof DossierError) return error.toEnvelope();
  const cause = fsCauseOf(error);
  if (cause !== null) return { kind: 'store', message: cause, fields: [] };
  if (error instanceof StoreUncertainError)
    return { kind: 'store', message: error.message, fields: [] };
  return toEnvelope(error);
}

function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(CONTRACT, name);
}

/** Runs a task alone among the writers (the session's one decision-and-commit path). */
export type Exclusive = <T>(task: () => Promise<T>) => Promise<T>;

const unserialized: Exclusive = (task) => task();

/**
 * Joins the services' handler sets into one registry. A name given twice, a handler for a
 * method not in the contract, or a contract method with no handler fails at start. Methods the
 * contract marks as `writes` run through `exclusive`, one at a time: a check a handler makes
 * (a rev, a reference, "is it empty") sees exactly the state its commit changes.
 */
export function createRegistry(
  sets: readonly HandlerSet[],
  exclusive: Exclusive = unserialized,
  /** Resolves once the folios are in memory (or could not be read); `early` methods do not wait. */
  loaded: () => Promise<void> = () => Promise.resolve(),
): Registry {
  const handlers = new Map<string, (input: unknown) => Promise<unknown>>();
  for (const set of sets) {
    for (const [name, handler] of Object.entries(set)) {
      if (!isMethodName(name)) throw new Error(`registry: ${name} is not in the contract`);
      if (handlers.has(name)) throw new Error(`registry: ${name} is registered twice`);
      handlers.set(name, handler as (input: unknown) => Promise<unknown>);
    }
  }
  const missing = Object.keys(CONTRACT).filter((name) => !handlers.has(name));
  if (missing.length > 0) throw new Error(`registry: no handler for ${missing.join(', ')}`);

  return {
    names: Object.keys(CONTRACT) as MethodName[],
    async call(method, input) {
      const handler = handlers.get(method);
      if (!handler || !isMethodName(method)) {
        return {
          ok: false,
          error: { kind: 'unknown_method', message: `没有这个功能：${method}`, fields: [] },
        };
      }
      const spec = (CONTRACT as Contract)[method];
      const schema: z.ZodType = spec.input;
      const parsed = parseInput(schema, input ?? {});
      if (!parsed.success) return { ok: false, error: validationError(parsed.error).toEnvelope() };
      try {
        if (spec.early !== true) await loaded();
        const run = () => handler(parsed.data);
        return { ok: true, result: await (spec.writes ? exclusive(run) : run()) };
      } catch (error) {
        if (!(error instanceof DossierError)) console.error(`[dossier] ${method} failed`, error);
        return { ok: false, error: envelopeOf(error) };
      }
    },
  };
}
