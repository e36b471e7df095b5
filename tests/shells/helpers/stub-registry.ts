// Test helper: the real registry (schemas, envelopes) over stub handlers that record their calls.
import { METHOD_NAMES } from '../../../electron/core/api/names';
import {
  createRegistry,
  type HandlerSet,
  type Registry,
} from '../../../electron/core/api/registry';

/**
 * The real registry (real schemas, real validation envelopes) over stub handlers that only
 * echo their method name: tests of the shells need no store.
 */
export function stubRegistry(): Registry & { calls: string[] } {
  const calls: string[] = [];
  const handlers = Object.fromEntries(
    METHOD_NAMES.map((name) => [
      name,
      async () => {
        calls.push(name);
        return { stub: name };
      },
    ]),
  ) as unknown as HandlerSet;
  return Object.assign(createRegistry([handlers]), { calls });
}
