// @ts-check
/**
 * Smoke test of the built desktop shell: runs out/main/index.js under plain Node with a
 * stand-in `electron` (tests/smoke/fake-electron, wired in by a module-resolution hook),
 * then exercises what it installed: window options, the app:// handler and its CSP,
 * navigation/permission hardening, an IPC round trip to a temp data folder, shutdown.
 * Also runs out/preload/index.cjs against a stand-in contextBridge.
 *
 *   npm run build && npm run smoke
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { register } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { attachmentChecks } from './attachment-checks.mjs';
import { bridgeChecks } from './bridge-checks.mjs';
import { documentChecks } from './document-checks.mjs';
import { CheckGroups, obj } from './checks.mjs';
import { shellChecks } from './shell-checks.mjs';

register('./fake-electron/hooks.mjs', import.meta.url);
const fake = await import('./fake-electron/index.mjs');
const { app, recorder, waitForCall } = fake;

// SMOKE_APP_ROOT runs the checks against another copy of the app (tests/package/check-dir.mjs
// points it at the packed app.asar, extracted), SMOKE_RESOURCES_PATH stands for Electron's
// process.resourcesPath (where the packed fonts and demo are).
const ROOT = resolve(process.env.SMOKE_APP_ROOT ?? join(import.meta.dirname, '../..'));
if (process.env.SMOKE_RESOURCES_PATH) {
  Object.assign(process, { resourcesPath: resolve(process.env.SMOKE_RESOURCES_PATH) });
}
const MAIN = join(ROOT, 'out/main/index.js');
const PRELOAD = join(ROOT, 'out/preload/index.cjs');
const RENDERER_INDEX = join(ROOT, 'out/renderer/index.html');
const IPC_CHANNEL = 'dossier:call';
const APP_PAGE = 'app://dossier/index.html';

if (!existsSync(MAIN) || !existsSync(PRELOAD)) {
  console.error(
    'out/main/index.js or out/preload/index.cjs is missing: run `npm run build` first.',
  );
  console.log('0 passed, 1 failed');
  process.exit(1);
}

// electron-vite emits ESM here (package.json has "type": "module"); the resolve hook above
// covers `import ... from 'electron'`. A CommonJS bundle would need NODE_PATH instead.
const emitsEsm = /from\s*["']electron["']/.test(readFileSync(MAIN, 'utf8'));

const dataDir = mkdtempSync(join(tmpdir(), 'dossier-smoke-'));
delete process.env.ELECTRON_RENDERER_URL;
delete process.env.DOSSIER_DATA_DIR;
process.argv = [process.execPath, MAIN, '--data-dir', dataDir];

const checks = new CheckGroups();
const check = checks.check.bind(checks);

await import(pathToFileURL(MAIN).href);
const started = await Promise.race([
  waitForCall('BrowserWindow.loadURL').then(() => true),
  waitForCall('dialog.showErrorBox').then((args) => {
    console.error('the shell failed to start:', args);
    return false;
  }),
]).catch((error) => {
  console.error(error);
  return false;
});

await checks.run('startup', () => {
  check('startup', 'bundle is ESM and imports electron (resolved to the fake)', emitsEsm);
  check('startup', 'started without an error dialog', started);
  const privileged = recorder.privilegedSchemes[0];
  check(
    'startup',
    'registerSchemesAsPrivileged ran before ready',
    privileged?.appWasReady === false,
  );
  const app_ = privileged?.schemes.find((s) => s.scheme === 'app');
  const p = obj(app_?.privileges);
  check(
    'startup',
    'app:// is standard, secure, supportFetchAPI',
    p.standard === true && p.secure === true && p.supportFetchAPI === true,
    app_,
  );
  check('startup', 'app.enableSandbox() called', fake.wasCalled('app.enableSandbox'));
  check(
    'startup',
    'single-instance lock requested',
    fake.wasCalled('app.requestSingleInstanceLock'),
  );
  check(
    'startup',
    `loads ${APP_PAGE}`,
    recorder.windows[0]?.loadedUrl === APP_PAGE,
    recorder.windows[0]?.loadedUrl,
  );
});

await checks.run('about', async () => {
  const menu =
    /** @type {{ template?: { label?: string; submenu?: { id?: string; click?: () => void }[] }[] }} */ (
      recorder.applicationMenu ?? {}
    );
  const help = menu.template?.find((item) => item.label === '帮助');
  const about = help?.submenu?.find((item) => item.id === 'about');
  check('about', 'the menu has 帮助 → 关于', typeof about?.click === 'function');
  const shown = fake.nextCall('dialog.showMessageBox');
  about?.click?.();
  const args = /** @type {unknown[]} */ (await shown);
  const options = obj(args[args.length - 1]);
  const detail = String(options.detail ?? '');
  const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
  check('about', '关于 shows the version', detail.includes(version), detail);
  check('about', '关于 shows the data folder', detail.includes(dataDir), detail);
  check(
    'about',
    '关于 shows the log file in the user-data folder',
    detail.includes(join(app.paths.userData ?? '?', 'logs', 'dossier.log')),
    detail,
  );
});

/** @type {import('./checks.mjs').SmokeContext} */
const context = {
  checks,
  fake,
  paths: { ROOT, PRELOAD, RENDERER_INDEX, IPC_CHANNEL, APP_PAGE, dataDir },
};
await shellChecks(context);
await attachmentChecks(context);
await documentChecks(context);
await bridgeChecks(context);

const failed = checks.report();
for (const dir of [dataDir, app.paths.userData]) {
  if (dir) rmSync(dir, { recursive: true, force: true });
}
process.exit(failed > 0 ? 1 : 0);
