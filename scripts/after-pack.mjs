// @ts-check
/**
 * electron-builder's afterPack hook: flips Electron's fuses in the packed binary, before any
 * signing. The settings (FUSES) close ways to run the app's binary as something else:
 *
 *   RunAsNode off                       ELECTRON_RUN_AS_NODE cannot turn it into a plain Node
 *   EnableCookieEncryption on           cookies are encrypted with the OS key store
 *   EnableNodeOptionsEnvironmentVariable off    NODE_OPTIONS is ignored
 *   EnableNodeCliInspectArguments off   --inspect / --inspect-brk are ignored
 *   EnableEmbeddedAsarIntegrityValidation on    app.asar is checked against its hash (Windows, macOS)
 *   OnlyLoadAppFromAsar on              the app is loaded from app.asar only, never a loose folder
 *
 * The document worker is a worker_threads Worker inside the main process, which none of these
 * touch (RunAsNode would matter only to child_process.fork, which the app does not use).
 *
 * CI packs against a stand-in Electron (a shell script): it has no fuse wire, so the hook says
 * so and leaves it alone instead of failing the build.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fuses from '@electron/fuses';

const { FuseV1Options, FuseVersion, flipFuses } = fuses;

/** The sentinel @electron/fuses looks for: every real Electron binary since 12 holds it. */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

export const FUSES = Object.freeze({
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
});

/**
 * @param {string} platform electron platform name (linux, win32, darwin, mas)
 * @param {number} arch electron-builder's Arch (3 = arm64)
 */
export function fuseConfig(platform, arch) {
  return {
    version: FuseVersion.V1,
    [FuseV1Options.RunAsNode]: FUSES.runAsNode,
    [FuseV1Options.EnableCookieEncryption]: FUSES.enableCookieEncryption,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]:
      FUSES.enableNodeOptionsEnvironmentVariable,
    [FuseV1Options.EnableNodeCliInspectArguments]: FUSES.enableNodeCliInspectArguments,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]:
      FUSES.enableEmbeddedAsarIntegrityValidation,
    [FuseV1Options.OnlyLoadAppFromAsar]: FUSES.onlyLoadAppFromAsar,
    // Flipping fuses breaks the ad-hoc signature an arm64 mac needs to run the binary at all.
    resetAdHocDarwinSignature: (platform === 'darwin' || platform === 'mas') && arch === 3,
  };
}

/** @param {{ appOutDir: string, electronPlatformName: string, packager: { appInfo: { productFilename: string }, executableName?: string } }} context */
export function binaryPath(context) {
  const { appOutDir, electronPlatformName: platform, packager } = context;
  if (platform === 'darwin' || platform === 'mas') {
    const app = join(appOutDir, `${packager.appInfo.productFilename}.app`);
    return {
      app,
      wire: join(
        app,
        'Contents',
        'Frameworks',
        'Electron Framework.framework',
        'Electron Framework',
      ),
    };
  }
  const name =
    platform === 'linux'
      ? (packager.executableName ?? packager.appInfo.productFilename)
      : packager.appInfo.productFilename;
  const file = join(appOutDir, platform === 'win32' ? `${name}.exe` : name);
  return { app: file, wire: file };
}

/**
 * @param {{ appOutDir: string, electronPlatformName: string, arch: number, packager: { appInfo: { productFilename: string }, executableName?: string } }} context
 * @param {(line: string) => void} [log]
 * @returns {Promise<'flipped' | 'skipped'>}
 */
export default async function afterPack(context, log = (line) => console.log(line)) {
  const { app, wire } = binaryPath(context);
  const bytes = await readFile(wire).catch(() => null);
  if (bytes === null || !bytes.includes(FUSE_SENTINEL)) {
    log(`  • fuses skipped: ${wire} is not a real Electron binary (a stand-in has no fuse wire)`);
    return 'skipped';
  }
  await flipFuses(app, fuseConfig(context.electronPlatformName, context.arch));
  log(
    `  • fuses flipped: ${Object.entries(FUSES)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ')}`,
  );
  return 'flipped';
}
