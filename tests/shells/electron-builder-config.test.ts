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
  extraResources?: { from: string; to: string }[];
  win?: { target?: (TargetEntry | string)[] };
  nsis?: { oneClick?: boolean; allowToChangeInstallationDirectory?: boolean };
  linux?: { target?: (TargetEntry | string)[] };
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
        { from: 'resources/fonts', to: 'fonts' },
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

  it('builds a Linux AppImage', async () => {
    expect(targetNames((await config()).linux?.target)).toContain('AppImage');
  });

  it('package.json main points into out/', async () => {
    const pkg = JSON.parse(await readFile(resolve(ROOT, 'package.json'), 'utf8')) as {
      main?: string;
    };
    expect(pkg.main).toBe('out/main/index.js');
  });
});
