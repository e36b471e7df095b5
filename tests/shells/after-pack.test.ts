// Checks electron-builder's afterPack: hardened fuses flipped, binaries found, stand-ins left alone.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import afterPack, { FUSE_SENTINEL, FUSES, fuseConfig } from '../../scripts/after-pack.mjs';
import { makeTempDir } from '../helpers/temp-dir';

const ENABLE = 0x31;
const DISABLE = 0x30;

/** A file laid out like Electron's fuse wire: sentinel, version 1, 8 fuses, all as Electron ships them. */
async function fakeElectron(dir: string, name: string): Promise<string> {
  const path = join(dir, name);
  const wire = Buffer.from([
    1,
    8,
    ENABLE,
    DISABLE,
    ENABLE,
    ENABLE,
    DISABLE,
    DISABLE,
    DISABLE,
    ENABLE,
  ]);
  await writeFile(
    path,
    Buffer.concat([Buffer.alloc(64, 7), Buffer.from(FUSE_SENTINEL), wire, Buffer.alloc(64, 7)]),
  );
  return path;
}

async function wireOf(path: string): Promise<number[]> {
  const bytes = await readFile(path);
  const at = bytes.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length + 2;
  return [...bytes.subarray(at, at + 8)];
}

const linuxContext = (appOutDir: string) => ({
  appOutDir,
  electronPlatformName: 'linux',
  arch: 1,
  packager: { appInfo: { productFilename: '招商卷宗' }, executableName: 'dossier-desk' },
});

describe('electron-builder afterPack: fuses', () => {
  it('asks for the hardened settings', () => {
    expect(FUSES).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    expect(fuseConfig('darwin', 3).resetAdHocDarwinSignature).toBe(true);
    expect(fuseConfig('win32', 1).resetAdHocDarwinSignature).toBe(false);
  });

  it('flips the wire of a binary that has one', async () => {
    const dir = await makeTempDir();
    const binary = await fakeElectron(dir, 'dossier-desk');
    const lines: string[] = [];
    expect(await afterPack(linuxContext(dir), (l) => lines.push(l))).toBe('flipped');
    // RunAsNode, cookies, NODE_OPTIONS, --inspect, asar integrity, only-asar; the rest untouched.
    expect(await wireOf(binary)).toEqual([
      DISABLE,
      ENABLE,
      DISABLE,
      DISABLE,
      ENABLE,
      ENABLE,
      DISABLE,
      ENABLE,
    ]);
    expect(lines.join('\n')).toContain('runAsNode=false');
  });

  it('finds the Windows binary by its product name', async () => {
    const dir = await makeTempDir();
    const binary = await fakeElectron(dir, '招商卷宗.exe');
    const context = { ...linuxContext(dir), electronPlatformName: 'win32' };
    expect(await afterPack(context, () => {})).toBe('flipped');
    expect((await wireOf(binary))[0]).toBe(DISABLE);
  });

  it('leaves a stand-in binary alone, with a notice, instead of failing the build', async () => {
    const dir = await makeTempDir();
    await writeFile(join(dir, 'dossier-desk'), '#!/bin/sh\nexit 1\n');
    const lines: string[] = [];
    expect(await afterPack(linuxContext(dir), (l) => lines.push(l))).toBe('skipped');
    expect(lines.join('\n')).toMatch(/fuses skipped: .*stand-in/);
    expect(await readFile(join(dir, 'dossier-desk'), 'utf8')).toBe('#!/bin/sh\nexit 1\n');
  });
});
