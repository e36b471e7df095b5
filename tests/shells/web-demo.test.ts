// Checks --demo: loaded into an empty ready workspace, never over records or a problem.
import { describe, expect, it, vi } from 'vitest';
import type { CallOutcome } from '../../electron/core/api/errors';
import { loadDemoIfEmpty } from '../../electron/web/demo';
import { makeTempDir } from '../helpers/temp-dir';

function scripted(status: unknown) {
  const calls: string[] = [];
  return {
    calls,
    call: async (method: string): Promise<CallOutcome<unknown>> => {
      calls.push(method);
      return method === 'workspace.status'
        ? { ok: true, result: status }
        : { ok: true, result: {} };
    },
  };
}

describe('--demo', () => {
  it('loads the demo when the workspace is ready and empty', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const registry = scripted({ state: 'ready', empty: true });
    expect(await loadDemoIfEmpty(registry)).toBe('loaded');
    expect(registry.calls).toEqual(['workspace.status', 'workspace.loadDemo']);
  });

  it('leaves a workspace with records, or with a problem, alone', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    for (const status of [{ state: 'ready', empty: false }, { state: 'problem' }]) {
      const registry = scripted(status);
      expect(await loadDemoIfEmpty(registry)).toBe('skipped');
      expect(registry.calls).toEqual(['workspace.status']);
    }
  });

  it('loads the real demo into a fresh data folder', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const { openCore } = await import('../../electron/core/app');
    const core = await openCore({ dataDir: await makeTempDir('dossier-web-demo-') });
    try {
      expect(await loadDemoIfEmpty(core.registry)).toBe('loaded');
      const status = await core.registry.call('workspace.status', {});
      expect(status.ok && status.result).toMatchObject({ state: 'ready', empty: false });
      expect(await loadDemoIfEmpty(core.registry)).toBe('skipped');
    } finally {
      await core.close();
    }
  });
});
