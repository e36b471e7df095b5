// Checks the API registry: exactly the contract's methods, inputs parsed, errors turned into envelopes.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { CONTRACT } from '../../../electron/core/api/contract';
import { DossierError } from '../../../electron/core/api/errors';
import { METHOD_NAMES } from '../../../electron/core/api/names';
import { type HandlerSet, createRegistry } from '../../../electron/core/api/registry';

/** A complete handler set in which every method answers with its own name. */
function echoHandlers(): HandlerSet {
  return Object.fromEntries(
    Object.keys(CONTRACT).map((name) => [name, async () => name]),
  ) as HandlerSet;
}

describe('API registry', () => {
  it('lists exactly the contract methods, and the preload names match them', () => {
    const registry = createRegistry([echoHandlers()]);
    expect([...registry.names].sort()).toEqual([...METHOD_NAMES].sort());
  });

  it('refuses a method registered twice at start', () => {
    const dup: HandlerSet = { 'groups.list': async () => [] };
    expect(() => createRegistry([echoHandlers(), dup])).toThrow(/groups\.list is registered twice/);
  });

  it('refuses to start with a contract method left unimplemented', () => {
    const partial = echoHandlers();
    delete partial['folios.get'];
    expect(() => createRegistry([partial])).toThrow(/no handler for folios\.get/);
  });

  it('parses every input and names the failing field in Chinese', async () => {
    const registry = createRegistry([echoHandlers()]);
    const outcome = await registry.call('folios.create', { name: '', groupId: 'grp-00000001' });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.kind).toBe('validation');
    expect(outcome.error.fields).toEqual([{ path: 'name', message: '项目名称不能为空' }]);
    expect(outcome.error.message).toContain('项目名称不能为空');
  });

  it('refuses unknown fields and unknown methods', async () => {
    const registry = createRegistry([echoHandlers()]);
    const extra = await registry.call('groups.list', { sneaky: true });
    expect(extra.ok).toBe(false);
    const unknown = await registry.call('fs.readFile', {});
    expect(unknown).toMatchObject({ ok: false, error: { kind: 'unknown_method' } });
  });

  it('turns service errors into envelopes and hides internal ones', async () => {
    const handlers = echoHandlers();
    handlers['groups.get'] = async () => {
      throw new DossierError('not_found', '找不到该专班');
    };
    handlers['groups.list'] = async () => {
      throw new TypeError('boom at /secret/path');
    };
    const registry = createRegistry([handlers]);
    expect(await registry.call('groups.get', { id: 'grp-00000001' })).toEqual({
      ok: false,
      error: { kind: 'not_found', message: '找不到该专班', fields: [] },
    });
    const internal = await registry.call('groups.list', {});
    expect(internal).toMatchObject({ ok: false, error: { kind: 'internal' } });
    expect(JSON.stringify(internal)).not.toContain('/secret/path');
  });

  it('every contract input is a zod schema that rejects a non-object', () => {
    for (const [name, spec] of Object.entries(CONTRACT)) {
      const schema: z.ZodType = spec.input;
      expect(schema.safeParse('not an object').success, name).toBe(false);
    }
  });
});
