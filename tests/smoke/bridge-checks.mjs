// @ts-check
/** Smoke checks of the IPC round trip, the preload bridge and shutdown. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { obj } from './checks.mjs';
import { runPreload } from './preload-bundle.mjs';

/** The channel of the desktop's font file dialog (names.ts FONT_DIALOG_CHANNEL). */
const FONT_DIALOG_CHANNEL = 'dossier:choose-font';

/** @param {import('./checks.mjs').SmokeContext} context */
export async function bridgeChecks({ checks, fake, paths }) {
  const { app, recorder, FakeEvent, nextCall } = fake;
  const check = checks.check.bind(checks);
  const { APP_PAGE, IPC_CHANNEL, PRELOAD, ROOT, dataDir } = paths;

  /** @param {string | null} frameUrl @param {unknown} method @param {unknown} [input] */
  async function ipcCall(frameUrl, method, input) {
    const handler = recorder.ipcHandlers.get(IPC_CHANNEL);
    if (!handler) throw new Error(`no handler on ${IPC_CHANNEL}`);
    return obj(
      await handler({ senderFrame: frameUrl === null ? null : { url: frameUrl } }, method, input),
    );
  }

  /** @type {string[]} */
  let bridgeNames = [];

  await checks.run('ipc', async () => {
    check(
      'ipc',
      `ipcMain.handle("${IPC_CHANNEL}") installed`,
      recorder.ipcHandlers.has(IPC_CHANNEL),
    );
    const status = await ipcCall(APP_PAGE, 'workspace.status', {});
    check('ipc', 'workspace.status from app://dossier → ok', status.ok === true, status);
    check(
      'ipc',
      'workspace.status reports the --data-dir folder',
      resolve(String(obj(status.result).dataDir)) === resolve(dataDir),
      obj(status.result).dataDir,
    );
    check(
      'ipc',
      'dossier.json created in the temp data folder',
      existsSync(join(dataDir, 'dossier.json')),
      dataDir,
    );
    /** @type {Array<[string | null, string]>} a sender's origin (null: no frame), the check's name */
    const strangers = [
      ['https://evil.example', 'from https://evil.example → unauthorized'],
      ['file:///index.html', 'from file:// → unauthorized'],
      [null, 'no senderFrame → unauthorized'],
    ];
    for (const [origin, name] of strangers) {
      const refused = await ipcCall(origin, 'workspace.status', {});
      check(
        'ipc',
        name,
        refused.ok === false && obj(refused.error).kind === 'unauthorized',
        refused,
      );
    }
    const notString = await ipcCall(APP_PAGE, 42, {});
    check('ipc', 'non-string method refused', notString.ok === false, notString);
    const unknown = await ipcCall(APP_PAGE, 'nope.nothing', {});
    check(
      'ipc',
      'unknown method → unknown_method',
      obj(unknown.error).kind === 'unknown_method',
      unknown,
    );
    const bad = await ipcCall(APP_PAGE, 'workspace.status', { smuggled: true });
    check(
      'ipc',
      'bad input → validation envelope',
      bad.ok === false && obj(bad.error).kind === 'validation',
      bad,
    );
    const fontDialog = recorder.ipcHandlers.get(FONT_DIALOG_CHANNEL);
    check('ipc', `ipcMain.handle("${FONT_DIALOG_CHANNEL}") installed`, Boolean(fontDialog));
    const dialogsBefore = recorder.calls.filter((c) => c.api === 'dialog.showOpenDialog').length;
    const evilFont = obj(await fontDialog?.({ senderFrame: { url: 'https://evil.example' } }));
    const dialogsAfter = recorder.calls.filter((c) => c.api === 'dialog.showOpenDialog').length;
    check(
      'ipc',
      'font dialog from https://evil.example → unauthorized, no dialog',
      evilFont.ok === false &&
        obj(evilFont.error).kind === 'unauthorized' &&
        dialogsAfter === dialogsBefore,
      evilFont,
    );
    const answered = obj(await fontDialog?.({ senderFrame: { url: APP_PAGE } }));
    const opened = recorder.calls.filter((c) => c.api === 'dialog.showOpenDialog').at(-1);
    check(
      'ipc',
      'font dialog from app://dossier opens a dialog for .ttf/.otf/.ttc files',
      answered.ok === true && JSON.stringify(opened?.args ?? []).includes('"ttf","otf","ttc"'),
      { answered, opened },
    );
  });

  await checks.run('preload', async () => {
    const run = runPreload(PRELOAD);
    check(
      'preload',
      'requires only electron',
      run.required.every((id) => id === 'electron'),
      run.required,
    );
    check(
      'preload',
      'exposes exactly "dossier" and "dossierFiles"',
      run.exposed.map((e) => e.key).join() === 'dossier,dossierFiles',
      run.exposed.map((e) => e.key),
    );
    const files = obj(run.exposed[1]?.api);
    check(
      'preload',
      'dossierFiles is frozen and holds only pathOf and chooseFont',
      Object.isFrozen(files) && Object.keys(files).join() === 'pathOf,chooseFont',
      Object.keys(files),
    );
    const pathOf = /** @type {((file: unknown) => unknown) | undefined} */ (files.pathOf);
    const probe = { name: '专班.dossier' };
    check(
      'preload',
      'pathOf asks webUtils for the dropped file’s path',
      pathOf?.(probe) === '/home/wf/专班.dossier' && run.pathsAsked[0] === probe,
      run.pathsAsked,
    );
    const chooseFont = /** @type {(() => unknown) | undefined} */ (files.chooseFont);
    const invokesBefore = run.invokes.length;
    await chooseFont?.();
    const fontCall = run.invokes[invokesBefore];
    check(
      'preload',
      'chooseFont invokes only the font dialog channel, with nothing else',
      fontCall?.length === 1 && fontCall[0] === FONT_DIALOG_CHANNEL,
      fontCall,
    );
    const api = obj(run.exposed[0]?.api);
    check('preload', 'the object is frozen', Object.isFrozen(api));
    bridgeNames = Object.keys(api);
    check(
      'preload',
      'every member is a function',
      bridgeNames.length > 0 && bridgeNames.every((n) => typeof api[n] === 'function'),
      bridgeNames,
    );
    check(
      'preload',
      'no ipcRenderer / invoke / send exposed',
      !bridgeNames.some((n) => /ipc|invoke|send|on$/i.test(n)),
      bridgeNames,
    );
    const status = /** @type {((input: unknown) => Promise<unknown>) | undefined} */ (
      api['workspace.status']
    );
    const callsBefore = run.invokes.length;
    await status?.({ probe: 1 });
    const call = run.invokes[callsBefore];
    check(
      'preload',
      'a method invokes dossier:call with its name and input',
      call?.[0] === IPC_CHANNEL && call?.[1] === 'workspace.status' && obj(call?.[2]).probe === 1,
      call,
    );
    // Every bridge name must be a method the registry knows: a strict-schema refusal
    // (validation) proves it is known, without running it.
    const unknown = [];
    for (const name of bridgeNames) {
      const outcome = await ipcCall(APP_PAGE, name, { __smoke_probe__: true });
      if (obj(outcome.error).kind !== 'validation')
        unknown.push(`${name}: ${JSON.stringify(outcome.error ?? outcome)}`);
    }
    check(
      'preload',
      'every bridge method is known to the registry',
      unknown.length === 0,
      unknown.join('; '),
    );
  });

  await checks.run('lifecycle', async () => {
    const win = recorder.windows[0];
    if (win) win.focused = false;
    app.emit('second-instance', new FakeEvent(), [process.execPath], ROOT, {});
    check('lifecycle', 'second instance focuses the window', win?.focused === true);
    check('lifecycle', 'window-all-closed handled', app.listenerCount('window-all-closed') > 0);
    check(
      'lifecycle',
      'data folder locked while running',
      existsSync(join(dataDir, 'dossier.lock')),
    );
    const quit = nextCall('app.quit', 10000);
    const event = new FakeEvent();
    app.emit('will-quit', event);
    check('lifecycle', 'will-quit waits for the core to close', event.defaultPrevented);
    await quit;
    check(
      'lifecycle',
      'quits after the core closed; lock released',
      !existsSync(join(dataDir, 'dossier.lock')),
    );
    const again = new FakeEvent();
    app.emit('will-quit', again);
    check('lifecycle', 'second will-quit lets the app go', !again.defaultPrevented);
  });
}
