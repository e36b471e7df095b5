// Checks the IPC handler: calls served only from the app origin, bad methods refused, errors enveloped.
import { describe, expect, it, vi } from 'vitest';
import { createIpcHandler } from '../../electron/main/ipc';
import { stubRegistry } from './helpers/stub-registry';

const APP = ['app://dossier'];
const from = (url: string | null) => ({ senderFrame: url === null ? null : { url } });

describe('IPC handler', () => {
  it('serves a call from the app origin', async () => {
    const registry = stubRegistry();
    const handle = createIpcHandler(registry, APP);
    expect(await handle(from('app://dossier/index.html'), 'groups.list', {})).toEqual({
      ok: true,
      result: { stub: 'groups.list' },
    });
  });

  it('refuses other origins, a missing frame and a disposed frame as unauthorized', async () => {
    const registry = stubRegistry();
    const handle = createIpcHandler(registry, APP);
    const disposed = {
      get senderFrame(): { url: string } {
        throw new Error('Render frame was disposed');
      },
    };
    for (const event of [
      from('https://evil.example/'),
      from('app://evil/index.html'),
      from('file:///index.html'),
      from('about:blank'),
      from(null),
      disposed,
    ]) {
      const outcome = await handle(event, 'groups.list', {});
      expect(outcome.ok ? 'ok' : outcome.error.kind).toBe('unauthorized');
    }
    expect(registry.calls).toEqual([]);
  });

  it('allows only the dev server origin it is given', async () => {
    const handle = createIpcHandler(stubRegistry(), ['http://localhost:5173']);
    expect((await handle(from('http://localhost:5173/'), 'groups.list', {})).ok).toBe(true);
    expect((await handle(from('http://localhost:5174/'), 'groups.list', {})).ok).toBe(false);
    expect((await handle(from('app://dossier/index.html'), 'groups.list', {})).ok).toBe(false);
  });

  it('refuses a method that is not a string, and passes validation envelopes through', async () => {
    const handle = createIpcHandler(stubRegistry(), APP);
    const notString = await handle(from('app://dossier/'), 42, {});
    expect(notString.ok).toBe(false);
    const bad = await handle(from('app://dossier/'), 'groups.get', { id: 5 });
    expect(bad.ok ? 'ok' : bad.error.kind).toBe('validation');
  });

  it('turns a throwing registry into an internal envelope', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const handle = createIpcHandler({ call: () => Promise.reject(new Error('boom')) }, APP);
    const outcome = await handle(from('app://dossier/'), 'groups.list', {});
    expect(outcome.ok ? 'ok' : outcome.error.kind).toBe('internal');
  });
});
