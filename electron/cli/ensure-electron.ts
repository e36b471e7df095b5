/**
 * `npm start`'s prestart step: makes sure Electron's runtime is here before electron-vite
 * looks for it. Missing → electron's own installer (node_modules/electron/install.js), once.
 * Still missing → a message saying what to do, exit code 1, no stack trace.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import {
  defaultCacheDir,
  ensureElectron,
  failureMessage,
  firstLine,
  probeElectron,
  type ElectronPackage,
  type InstallResult,
} from './electron-runtime';

const INSTALL_TIMEOUT_MS = 15 * 60_000;

function electronPackage(): ElectronPackage {
  const manifest = createRequire(import.meta.url).resolve('electron/package.json');
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  return { dir: dirname(manifest), version };
}

/** Runs install.js with the download allowed (CI sets ELECTRON_SKIP_BINARY_DOWNLOAD). */
function runInstaller(pkg: ElectronPackage): Promise<InstallResult> {
  const env = { ...process.env };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['install.js'], {
      cwd: pkg.dir,
      env,
      stdio: ['ignore', 'inherit', 'pipe'],
      timeout: INSTALL_TIMEOUT_MS,
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 64_000) stderr += chunk.toString('utf8');
    });
    child.on('error', (error) => resolve({ ok: false, reason: firstLine(error) }));
    child.on('close', (code, signal) =>
      resolve({
        ok: code === 0,
        reason:
          firstLine(stderr) ||
          (signal ? `installer stopped by ${signal}` : `installer exited with ${code}`),
      }),
    );
  });
}

async function main(): Promise<number> {
  const pkg = electronPackage();
  const outcome = await ensureElectron({
    probe: () => probeElectron(pkg, process.env),
    install: () => runInstaller(pkg),
    log: (line) => console.log(line),
  });
  if (outcome.status !== 'failed') {
    if (outcome.status === 'installed')
      console.log(`Electron ${pkg.version}: ${outcome.executable}`);
    return 0;
  }
  console.error(
    failureMessage(outcome.reason, {
      version: pkg.version,
      platform: process.platform,
      arch: process.arch,
      cacheDir: defaultCacheDir(process.platform, process.env),
    }),
  );
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`npm start: ${firstLine(error)}`);
    process.exit(1);
  },
);
