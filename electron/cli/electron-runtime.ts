/**
 * Whether Electron's runtime is on this machine, and what `npm start` does when it is not:
 * run electron's own installer once, then stop with a message (Chinese and English) that says
 * what happened and what to do, instead of electron-vite's stack trace. Only the decision lives
 * here; ensure-electron.ts wires it to the file system and to node_modules/electron/install.js.
 */
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export interface ElectronPackage {
  /** node_modules/electron */
  dir: string;
  version: string;
}

export type Probe = { present: true; executable: string } | { present: false; why: string };

/** Reads the same files electron-vite and electron's installer read (path.txt, dist/version). */
export function probeElectron(pkg: ElectronPackage, env: NodeJS.ProcessEnv): Probe {
  const execPath = env.ELECTRON_EXEC_PATH;
  if (execPath) {
    return existsSync(execPath)
      ? { present: true, executable: execPath }
      : { present: false, why: `ELECTRON_EXEC_PATH points to a missing file: ${execPath}` };
  }
  const pathFile = join(pkg.dir, 'path.txt');
  if (!existsSync(pathFile))
    return { present: false, why: 'node_modules/electron/path.txt is missing' };
  const relative = readFileSync(pathFile, 'utf8').trim();
  const executable = join(env.ELECTRON_OVERRIDE_DIST_PATH ?? join(pkg.dir, 'dist'), relative);
  if (!existsSync(executable)) return { present: false, why: `${executable} is missing` };
  const versionFile = join(pkg.dir, 'dist', 'version');
  if (!env.ELECTRON_OVERRIDE_DIST_PATH && existsSync(versionFile)) {
    const found = readFileSync(versionFile, 'utf8').trim().replace(/^v/, '');
    if (found !== pkg.version) {
      return {
        present: false,
        why: `dist holds Electron ${found}, package.json wants ${pkg.version}`,
      };
    }
  }
  return { present: true, executable };
}

export interface InstallResult {
  ok: boolean;
  /** What the installer printed last, without its stack trace. */
  reason: string;
}

export interface EnsureDeps {
  probe: () => Probe;
  install: () => Promise<InstallResult>;
  log: (line: string) => void;
}

export type EnsureOutcome =
  { status: 'present' | 'installed'; executable: string } | { status: 'failed'; reason: string };

export async function ensureElectron(deps: EnsureDeps): Promise<EnsureOutcome> {
  const before = deps.probe();
  if (before.present) return { status: 'present', executable: before.executable };
  deps.log(
    `Electron 运行时不在本机（${before.why}），正在下载…  Electron runtime missing, downloading…`,
  );
  const result = await deps
    .install()
    .catch((error: unknown): InstallResult => ({ ok: false, reason: firstLine(error) }));
  const after = deps.probe();
  if (after.present) return { status: 'installed', executable: after.executable };
  return { status: 'failed', reason: result.ok ? after.why : result.reason || after.why };
}

/** The first meaningful line of an error or of the installer's output: no stack frames. */
export function firstLine(text: unknown): string {
  const raw = text instanceof Error ? text.message : String(text ?? '');
  const lines = raw
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('at ') && !/^node:internal/.test(l));
  return (lines[0] ?? '').slice(0, 300);
}

/** Where @electron/get keeps downloads unless electron_config_cache says otherwise. */
export function defaultCacheDir(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string {
  if (env.electron_config_cache) return env.electron_config_cache;
  if (platform === 'win32')
    return join(env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'), 'electron', 'Cache');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'electron');
  return join(env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'electron');
}

export function executableName(platform: NodeJS.Platform): string {
  if (platform === 'win32') return 'electron.exe';
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return 'electron';
}

export interface FailureContext {
  version: string;
  platform: NodeJS.Platform;
  arch: string;
  cacheDir: string;
}

/** The message `npm start` ends with when Electron cannot be had: what happened, what to do. */
export function failureMessage(reason: string, c: FailureContext): string {
  const zip = `electron-v${c.version}-${c.platform}-${c.arch}.zip`;
  return [
    '',
    `无法启动桌面版：本机没有 Electron ${c.version} 运行时，自动下载也没有成功。`,
    `Cannot start the desktop app: Electron ${c.version} is not installed and downloading it failed.`,
    `  原因 / reason: ${reason}`,
    '',
    '可以这样做 / What to do:',
    '  1. 在浏览器中使用同一个应用（不需要 Electron） / use the same app in a browser (no Electron):',
    '       npm run web',
    '  2. 联网后重试；需要时用镜像 / retry when online, through a mirror if needed:',
    '       ELECTRON_MIRROR=<镜像地址 mirror URL>/ npm start',
    `  3. 离线：从能联网的机器取得 ${zip}，解压到 node_modules/electron/dist/，`,
    `     并在 node_modules/electron/path.txt 中写入 ${executableName(c.platform)}（不带换行）；`,
    `     offline: unzip ${zip} into node_modules/electron/dist/ and write`,
    `     ${executableName(c.platform)} (no newline) into node_modules/electron/path.txt.`,
    `     或者把已下载的缓存放到 electron_config_cache（现在是 ${c.cacheDir}），`,
    '     或设置 ELECTRON_EXEC_PATH 指向已安装的 Electron 可执行文件。',
    `     Or point electron_config_cache at a cache that holds the download (now ${c.cacheDir}),`,
    `     or ELECTRON_EXEC_PATH at an installed Electron ${c.version.split('.')[0]} executable.`,
    '',
  ].join('\n');
}
