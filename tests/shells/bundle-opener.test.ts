// Checks the desktop's bundle opener: queued until the window exists, preview, password page, refusals.
import { describe, expect, it } from 'vitest';
import type { CallOutcome, ErrorEnvelope } from '../../electron/core/api/errors';
import { createBundleOpener, passwordHash } from '../../electron/main/bundle-opener';

const refused = (error: ErrorEnvelope): CallOutcome<{ stagedId: string }> => ({ ok: false, error });

function fakeApp(answers: Record<string, CallOutcome<{ stagedId: string }>>) {
  const staged: string[] = [];
  const shown: string[] = [];
  const warned: string[] = [];
  const logged: unknown[] = [];
  const opener = createBundleOpener({
    stage: async (path) => {
      staged.push(path);
      const answer = answers[path];
      if (!answer) throw new Error(`no answer for ${path}`);
      return answer;
    },
    show: async (hash) => {
      shown.push(hash);
      return true;
    },
    warn: async (message) => {
      warned.push(message);
    },
    log: (error) => logged.push(error),
  });
  return { opener, staged, shown, warned, logged };
}

/** Lets the opener's promises run (no timers: a few turns of the microtask queue). */
const settle = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

describe('desktop: opening a .dossier given to the app', () => {
  it('keeps paths that come before the window (macOS open-file at launch) and opens them in order once it is there', async () => {
    const app = fakeApp({
      '/Users/wf/专班.dossier': { ok: true, result: { stagedId: 'aaa' } },
      '/Users/wf/考察.dossier': { ok: true, result: { stagedId: 'bbb' } },
    });
    app.opener.open('/Users/wf/专班.dossier');
    app.opener.open(null);
    app.opener.open('/Users/wf/考察.dossier');
    await settle();
    expect(app.staged).toEqual([]);
    expect(app.shown).toEqual([]);
    await app.opener.ready();
    expect(app.staged).toEqual(['/Users/wf/专班.dossier', '/Users/wf/考察.dossier']);
    expect(app.shown).toEqual(['#/exchange/aaa', '#/exchange/bbb']);
    // Once ready, a bundle opens at once (a second start, a later open-file).
    app.opener.open('/Users/wf/专班.dossier');
    await settle();
    expect(app.shown).toEqual(['#/exchange/aaa', '#/exchange/bbb', '#/exchange/aaa']);
  });

  it('sends an encrypted bundle to the window’s password dialog instead of refusing it', async () => {
    const path = 'D:\\交换\\王芳 给 李明.dossier';
    const app = fakeApp({
      [path]: refused({
        kind: 'validation',
        message: '这份卷宗已加密，请输入密码',
        fields: [{ path: 'password', message: '请输入密码' }],
      }),
    });
    await app.opener.ready();
    app.opener.open(path);
    await settle();
    expect(app.warned).toEqual([]);
    expect(app.shown).toEqual([passwordHash(path)]);
    const query = new URLSearchParams(passwordHash(path).split('?')[1]);
    expect(query.get('bundle')).toBe(path);
  });

  it('shows why any other bundle was refused, and a failure never escapes', async () => {
    const app = fakeApp({
      '/tmp/坏.dossier': refused({
        kind: 'validation',
        message: '这不是卷宗文件：不是 zip 格式',
        fields: [],
      }),
    });
    await app.opener.ready();
    app.opener.open('/tmp/坏.dossier');
    app.opener.open('/tmp/unknown.dossier');
    await settle();
    expect(app.warned).toEqual(['这不是卷宗文件：不是 zip 格式']);
    expect(app.shown).toEqual([]);
    expect(app.logged).toHaveLength(1);
  });
});
