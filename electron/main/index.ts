/**
 * The desktop shell: one hardened window over the core's registry.
 * Order matters: the scheme is registered before `ready`, the session and protocol are set up
 * before the core opens, and the window is created last.
 */
import { join } from 'node:path';
import {
  app,
  dialog,
  ipcMain,
  Menu,
  protocol,
  safeStorage,
  session,
  shell,
  type BrowserWindow,
  type OpenDialogOptions,
} from 'electron';
import type { CallOutcome } from '../core/api/errors';
import type { StagedSummary } from '../core/api/views';
import { openCore, type DossierCore } from '../core/app';
import { createErrorLog } from '../core/log/error-log';
import { APP_VERSION, type AboutInfo } from '../core/services/app/handlers';
import { CONTENT_SECURITY_POLICY, devContentSecurityPolicy } from '../shared/csp';
import { resolveDataDir } from '../shared/data-dir';
import { devServerUrl } from './dev-server';
import { createIpcHandler, installIpc } from './ipc';
import { createFontDialogHandler, installFontDialog } from './font-dialog';
import { shippedFontDirs } from '../shared/font-dirs';
import { createFileOpener } from './open-file';
import { createFilePrinter } from './print-file';
import { createFileSaver } from './save-files';
import { createBundleOpener } from './bundle-opener';
import { bundleInArgv, exchangeDialogs, isBundlePath } from './exchange-dialogs';
import { installAppProtocol, registerAppScheme } from './protocol';
import { APP_ENTRY_URL, APP_ORIGIN, originOf } from '../shared/protocol-path';
import { hardenAllWebContents, hardenSession, sameOriginAs } from './security';
import { aboutText, menuTemplate } from './menu';
import { createMainWindow, focusWindow } from './window';
import { safeStorageVault } from './sync-vault';

const RENDERER_ROOT = join(import.meta.dirname, '../renderer');
const PRELOAD_PATH = join(import.meta.dirname, '../preload/index.cjs');

const devUrl = devServerUrl(process.env, app.isPackaged);
const pageOrigin = (devUrl && originOf(devUrl)) || APP_ORIGIN;
const pageUrl = devUrl ?? APP_ENTRY_URL;

let mainWindow: BrowserWindow | null = null;
let core: DossierCore | null = null;
let closing: Promise<void> | null = null;

// Errors of the main process and the document worker, in <userData>/logs (rotated, no secrets).
const errorLog = createErrorLog({ dir: join(app.getPath('userData'), 'logs') });
process.on('uncaughtExceptionMonitor', (error) => errorLog.error('main', error));
process.on('unhandledRejection', (reason) => {
  errorLog.error('main', reason);
  console.error('[dossier] unhandled rejection', reason);
});

function installMenu(about: AboutInfo): void {
  const template = menuTemplate(process.platform, {
    showAbout: () => {
      const options = {
        type: 'info' as const,
        title: '关于 招商卷宗',
        message: `招商卷宗 Dossier Desk ${about.version}`,
        detail: aboutText(about),
        buttons: ['确定'],
      };
      void (mainWindow
        ? dialog.showMessageBox(mainWindow, options)
        : dialog.showMessageBox(options));
    },
    showLog: () => shell.showItemInFolder(about.logFile ?? errorLog.file),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function start(): Promise<void> {
  hardenSession(
    session.defaultSession,
    devUrl ? devContentSecurityPolicy(pageOrigin) : CONTENT_SECURITY_POLICY,
  );
  installAppProtocol(protocol, RENDERER_ROOT);

  const dataDir = resolveDataDir(process.argv, process.env, app.getPath('userData'));
  const about: AboutInfo = {
    version: APP_VERSION,
    shell: 'desktop',
    runtime: `Electron ${process.versions.electron ?? '?'}`,
    dataDir,
    logFile: errorLog.file,
  };
  installMenu(about);
  core = await openCore({
    dataDir,
    about,
    openFile: createFileOpener(shell),
    documents: {
      worker: {
        file: join(import.meta.dirname, 'document-worker.js'),
        onFailure: (error) => errorLog.error('document-worker', error),
      },
      shippedFontDirs: shippedFontDirs(),
      printFile: createFilePrinter(() => mainWindow),
      saveFiles: createFileSaver(async () => {
        const options: OpenDialogOptions = {
          title: '选择保存文档的文件夹',
          properties: ['openDirectory', 'createDirectory'],
        };
        const picked = mainWindow
          ? await dialog.showOpenDialog(mainWindow, options)
          : await dialog.showOpenDialog(options);
        return picked.canceled ? null : (picked.filePaths[0] ?? null);
      }),
    },
    exchange: exchangeDialogs({
      showSaveDialog: (options) =>
        mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options),
      showOpenDialog: (options) =>
        mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options),
    }),
    sync: {
      vault: safeStorageVault(safeStorage, join(app.getPath('userData'), 'sync-credentials.json')),
      live: true,
    },
  });
  installIpc(ipcMain, createIpcHandler(core.registry, [pageOrigin]));
  installFontDialog(
    ipcMain,
    createFontDialogHandler(
      {
        showOpenDialog: (options) =>
          mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options),
      },
      [pageOrigin],
    ),
  );

  mainWindow = createMainWindow({ preloadPath: PRELOAD_PATH });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  await mainWindow.loadURL(pageUrl);
  // A bundle that cannot be opened never stops the app from starting.
  await bundles.ready();
}

/**
 * A `.dossier` opened with the app (double-click, the command line, a second start, macOS
 * open-file): staged, then the window shows its import preview; an encrypted one is asked for
 * its password in the window's 导入卷宗 dialog.
 */
const bundles = createBundleOpener({
  stage: async (path) => {
    if (!core) throw new Error('the core is not open');
    return (await core.registry.call('exchange.stage', { path })) as CallOutcome<StagedSummary>;
  },
  show: async (hash) => {
    if (!mainWindow) return false;
    await mainWindow.loadURL(`${pageUrl}${hash}`);
    return true;
  },
  warn: async (message) => {
    if (mainWindow)
      await dialog.showMessageBox(mainWindow, { type: 'warning', title: '导入卷宗', message });
  },
  log: (error) => errorLog.error('open-bundle', error),
});

function fail(error: unknown): void {
  const detail = error instanceof Error ? error.message : String(error);
  console.error('[dossier] start failed', error);
  errorLog.error('main', error);
  dialog.showErrorBox('招商卷宗无法启动', `启动时出错：${detail}`);
  const opened = core;
  core = null;
  void (opened ? opened.close() : Promise.resolve())
    .catch((closeError: unknown) =>
      console.error('[dossier] closing the data folder failed', closeError),
    )
    .finally(() => app.exit(1));
}

/** Closes the core (releasing the data folder's lock) before the app really quits. */
function closeCoreBeforeQuit(event: { preventDefault(): void }): void {
  if (!core) return;
  event.preventDefault();
  if (closing) return;
  closing = core
    .close()
    .catch((error: unknown) => console.error('[dossier] closing the data folder failed', error))
    .finally(() => {
      core = null;
      app.quit();
    });
}

registerAppScheme(protocol);
app.enableSandbox();
// The same AppUserModelID as the installer's shortcuts (electron-builder.yml appId), so Windows
// groups the window with its pinned icon.
if (process.platform === 'win32') app.setAppUserModelId('cn.dossierdesk.app');

if (!app.requestSingleInstanceLock()) {
  // Another copy is running: it brings its window to the front (see 'second-instance').
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    focusWindow(mainWindow);
    bundles.open(bundleInArgv(argv));
  });
  // macOS gives a double-clicked file by this event, at launch before 'ready': it waits.
  app.on('open-file', (event, path) => {
    if (!isBundlePath(path)) return;
    event.preventDefault();
    focusWindow(mainWindow);
    bundles.open(path);
  });
  bundles.open(bundleInArgv(process.argv));
  hardenAllWebContents(app, sameOriginAs(pageOrigin));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', closeCoreBeforeQuit);
  app.whenReady().then(start).catch(fail);
}
