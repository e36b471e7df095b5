/**
 * The web shell: the same renderer and registry over HTTP on 127.0.0.1, for the end-to-end
 * tests and for people without the desktop app.
 *
 *   node out/main/web.js [--data-dir DIR] [--port N] [--demo]
 *
 * Data folder: --data-dir, else $DOSSIER_DATA_DIR, else ~/.dossier-desk/web-data.
 * Prints exactly one line starting with `http://127.0.0.1:<port>/?token=<token>`; every other
 * line starts with `[dossier-web]`. SIGINT/SIGTERM close the server and the core (releasing
 * the data folder's lock), then exit.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import { type DossierCore, openCore } from '../core/app';
import { createErrorLog } from '../core/log/error-log';
import { APP_VERSION } from '../core/services/app/handlers';
import { parseWebArgs, WEB_USAGE } from './args';
import { exportedFileLookup } from './exports';
import { loadDemoIfEmpty } from './demo';
import { shippedFontDirs } from '../shared/font-dirs';
import { createToken } from './guards';
import { type RunningWebServer, startWebServer } from './server';

let core: DossierCore | null = null;
let server: RunningWebServer | null = null;
let stopping = false;

// Errors of the shell and the document worker: ~/.dossier-desk/logs, or $DOSSIER_LOG_DIR.
const errorLog = createErrorLog({
  dir: process.env.DOSSIER_LOG_DIR || join(homedir(), '.dossier-desk', 'logs'),
});
process.on('uncaughtExceptionMonitor', (error) => errorLog.error('web', error));

function stop(signal: NodeJS.Signals): void {
  if (stopping) return;
  stopping = true;
  console.log(`[dossier-web] 收到 ${signal}，正在关闭`);
  // The server first (no new calls), then the core (releases the lock).
  const closeServer = server ? server.close() : Promise.resolve();
  closeServer
    .catch((error: unknown) => console.error('[dossier-web] 关闭服务时出错', error))
    .then(() => core?.close())
    .then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('[dossier-web] 关闭数据文件夹时出错', error);
        process.exit(1);
      },
    );
}

async function main(): Promise<void> {
  const args = parseWebArgs(process.argv.slice(2), process.env);
  if (args.help) {
    console.log(WEB_USAGE);
    return;
  }
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  console.log(`[dossier-web] 数据文件夹：${args.dataDir}`);
  core = await openCore({
    dataDir: args.dataDir,
    about: {
      version: APP_VERSION,
      shell: 'web',
      runtime: `Node ${process.versions.node}`,
      logFile: errorLog.file,
    },
    documents: {
      worker: {
        file: join(import.meta.dirname, 'document-worker.js'),
        onFailure: (error) => errorLog.error('document-worker', error),
      },
      shippedFontDirs: shippedFontDirs(),
    },
  });
  if (stopping) return;
  if (args.demo) await loadDemoIfEmpty(core.registry);

  server = await startWebServer({
    registry: core.registry,
    attachmentFile: (folioId, attachmentId) => core?.attachmentFile(folioId, attachmentId) ?? null,
    generatedFile: (generationId, format) => core?.generatedFile(generationId, format) ?? null,
    exportedFile: exportedFileLookup(() => core?.stagingRoot ?? null),
    rendererRoot: join(import.meta.dirname, '../renderer'),
    token: createToken(),
    port: args.port,
  });
  if (stopping) return;
  console.log(server.url);
}

main().catch((error: unknown) => {
  errorLog.error('web', error);
  console.error(
    `[dossier-web] 无法启动：${error instanceof Error ? error.message : String(error)}`,
  );
  const opened = core;
  core = null;
  void (opened ? opened.close() : Promise.resolve()).finally(() => process.exit(1));
});
