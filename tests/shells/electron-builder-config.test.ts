// Checks electron-builder.yml: what is packed, installers per platform, resources, .dossier association.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = resolve(import.meta.dirname, '../..');

interface TargetEntry {
  target: string;
  arch?: string[];
}

interface BuilderConfig {
  appId?: string;
  productName?: string;
  directories?: { output?: string };
  files?: string[];
  extraResources?: { from: string; to: string; filter?: string[] }[];
  win?: { target?: (TargetEntry | string)[] };
  nsis?: {
    oneClick?: boolean;
    perMachine?: boolean;
    allowElevation?: boolean;
    allowToChangeInstallationDirectory?: boolean;
  };
  linux?: {
    target?: (TargetEntry | string)[];
    desktop?: { entry?: Record<string, string> };
  };
  mac?: { target?: (TargetEntry | string)[]; identity?: string | null };
  fileAssociations?: { ext: string; name: string; mimeType: string }[];
  afterPack?: string;
  npmRebuild?: boolean;
}

async function config(): Promise<BuilderConfig> {
  return parse(await readFile(resolve(ROOT, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
}

/** electron-builder's file patterns, enough for these checks: `**`, `*`, and `!` exclusions. */
function matches(patterns: readonly string[], file: string): boolean {
  let included = false;
  for (const pattern of patterns) {
    const negated = pattern.startsWith('!');
    const glob = negated ? pattern.slice(1) : pattern;
    const source = glob
      .split('**')
      .map((part) =>
        part
          .split('*')
          .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
          .join('[^/]*'),
      )
      .join('.*');
    if (new RegExp(`^${source}$`).test(file)) included = !negated;
  }
  return included;
}

const targetNames = (targets: (TargetEntry | string)[] | undefined): string[] =>
  (targets ?? []).map((t) => (typeof t === 'string' ? t : t.target));

describe('electron-builder.yml', () => {
  it('names the app', async () => {
    const c = await config();
    expect(c.appId).toBe('cn.dossierdesk.app');
    expect(c.productName).toBe('招商卷宗');
    expect(c.directories?.output).toBe('dist');
  });

  it('packs out/ (main, web, preload, renderer) and package.json, and nothing from the sources', async () => {
    const files = (await config()).files ?? [];
    for (const file of [
      'out/main/index.js',
      'out/main/web.js',
      'out/main/chunks/a.js',
      'out/preload/index.cjs',
      'out/renderer/index.html',
      'out/renderer/assets/a.js',
      'package.json',
    ]) {
      expect(matches(files, file), file).toBe(true);
    }
    for (const file of [
      'electron/main/index.ts',
      'tests/smoke/main-bundle.mjs',
      'renderer/src/main.tsx',
    ]) {
      expect(matches(files, file), file).toBe(false);
    }
  });

  it('ships fonts and the demo as extra resources', async () => {
    const extra = (await config()).extraResources ?? [];
    expect(extra).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ from: 'resources/fonts', to: 'fonts' }),
        { from: 'resources/demo', to: 'demo' },
      ]),
    );
  });

  it('builds an x64 NSIS installer that lets the user choose the folder', async () => {
    const c = await config();
    const nsis = (c.win?.target ?? []).find(
      (t): t is TargetEntry => typeof t !== 'string' && t.target === 'nsis',
    );
    expect(nsis?.arch).toEqual(['x64']);
    expect(c.nsis?.oneClick).toBe(false);
    expect(c.nsis?.allowToChangeInstallationDirectory).toBe(true);
  });

  it('installs per user, without administrator rights, and builds a portable exe too', async () => {
    const c = await config();
    expect(c.nsis?.perMachine).toBe(false);
    expect(c.nsis?.allowElevation).toBe(false);
    expect(targetNames(c.win?.target)).toEqual(['nsis', 'portable']);
  });

  it('builds AppImage and deb for x64 and arm64 (Kylin, UOS)', async () => {
    const targets = (await config()).linux?.target ?? [];
    for (const name of ['AppImage', 'deb']) {
      const t = targets.find((x): x is TargetEntry => typeof x !== 'string' && x.target === name);
      expect(t?.arch, name).toEqual(['x64', 'arm64']);
    }
  });

  it('gives the deb a Chinese desktop entry and an unsigned mac dmg', async () => {
    const c = await config();
    expect(c.linux?.desktop?.entry?.['Name[zh_CN]']).toBe('招商卷宗');
    expect(c.linux?.desktop?.entry?.['Comment[zh_CN]']).toMatch(/招商/);
    expect(targetNames(c.mac?.target)).toEqual(['dmg']);
    expect(c.mac?.identity).toBeNull();
  });

  it('associates .dossier files (卷宗交换) with the app', async () => {
    expect((await config()).fileAssociations).toEqual([
      expect.objectContaining({
        ext: 'dossier',
        name: '招商卷宗',
        mimeType: 'application/x-dossier',
      }),
    ]);
  });

  it('flips the fuses after packing and rebuilds no native modules', async () => {
    const c = await config();
    expect(c.afterPack).toBe('./scripts/after-pack.mjs');
    expect(c.npmRebuild).toBe(false);
  });

  it('ships no node_modules: every dependency is bundled into out/', async () => {
    const files = (await config()).files ?? [];
    expect(matches(files, 'node_modules/antd/package.json')).toBe(false);
    expect(matches(files, 'out/main/index.js.map')).toBe(false);
  });

  it('package.json main points into out/', async () => {
    const pkg = JSON.parse(await readFile(resolve(ROOT, 'package.json'), 'utf8')) as {
      main?: string;
    };
    expect(pkg.main).toBe('out/main/index.js');
  });
});
