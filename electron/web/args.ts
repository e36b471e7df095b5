// Parses the web shell's command line: data folder, port and --demo.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { DATA_DIR_ENV, dataDirFlag } from '../shared/data-dir';

export interface WebArgs {
  /** Absolute data folder. */
  dataDir: string;
  /** 0 picks a free port. */
  port: number;
  /** Load the demo workspace when the data folder is ready and empty. */
  demo: boolean;
  help: boolean;
}

export const WEB_USAGE = `用法：node out/main/web.js [--data-dir 文件夹] [--port 端口] [--demo]

  --data-dir 文件夹  数据文件夹；不给时用环境变量 ${DATA_DIR_ENV}，
                     再不给时用 ~/.dossier-desk/web-data
  --port 端口        只在 127.0.0.1 上监听的端口；默认 0，即任选一个空闲端口
  --demo             数据文件夹为空时载入演示数据
  --help             显示本说明`;

/**
 * The default data folder: per user and outside any checkout, so a plain `npm run web`
 * keeps its data between runs and never writes into the repository.
 */
export function defaultWebDataDir(home: string): string {
  return join(home, '.dossier-desk', 'web-data');
}

function parsePort(value: string | undefined): number {
  if (value === undefined || !/^\d{1,5}$/.test(value) || Number(value) > 65535) {
    throw new Error(`--port 需要 0 到 65535 之间的整数，收到的是：${value ?? '（空）'}`);
  }
  return Number(value);
}

/** Parses the web shell's flags (everything after `node web.js`). Throws Chinese messages. */
export function parseWebArgs(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  cwd: string = process.cwd(),
  home: string = homedir(),
): WebArgs {
  let port = 0;
  let demo = false;
  let help = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--demo') demo = true;
    else if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--port') port = parsePort(argv[(i += 1)]);
    else if (arg.startsWith('--port=')) port = parsePort(arg.slice('--port='.length));
    else if (arg === '--data-dir') i += 1;
    else if (arg.startsWith('--data-dir=')) continue;
    else throw new Error(`不认识的参数：${arg}\n\n${WEB_USAGE}`);
  }
  const chosen = dataDirFlag(argv) ?? (env[DATA_DIR_ENV] || undefined) ?? defaultWebDataDir(home);
  return { dataDir: resolve(cwd, chosen), port, demo, help };
}
