// Checks the layer lint rules fire: the core imports no UI or shell, the renderer only core types.
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function importErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, file) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

describe('lint keeps the layers apart', () => {
  it('the core may not import electron, the renderer or a shell', async () => {
    const code = [
      "import { app } from 'electron';",
      "import { x } from '../../renderer/src/main';",
      "import { y } from '../main/window';",
      'export const z = [app, x, y];',
    ].join('\n');
    const errors = await importErrors('electron/core/services/probe.ts', code);
    expect(errors).toHaveLength(3);
  });

  it('the renderer may not import Node, Electron, or values from the core', async () => {
    const code = [
      "import { readFile } from 'node:fs';",
      "import { ipcRenderer } from 'electron';",
      "import { CONTRACT } from '../../electron/core/api/contract';",
      "import type { Folio } from '../../electron/core/model/records';",
      'export const z = [readFile, ipcRenderer, CONTRACT];',
      'export type F = Folio;',
    ].join('\n');
    expect(await importErrors('renderer/src/probe.ts', code)).toHaveLength(4);
  });

  it('the renderer may import types from the API contract', async () => {
    const code = [
      "import type { DossierApi } from '../../electron/core/api/contract';",
      "import type { FolioSummary } from '../../electron/core/api/views';",
      'export type A = [DossierApi, FolioSummary];',
    ].join('\n');
    expect(await importErrors('renderer/src/probe.ts', code)).toEqual([]);
  });

  it('the renderer may import values from the chart options, and from no other core file', async () => {
    const allowed = [
      "import { stageChartOption } from '../../electron/core/api/chart-options';",
      "import { METHOD_NAMES } from '../../electron/core/api/names';",
      "import { singleLineText } from '../../electron/core/model/plain-text';",
      'export const z = [stageChartOption, METHOD_NAMES, singleLineText];',
    ].join('\n');
    expect(await importErrors('renderer/src/probe.ts', allowed)).toEqual([]);
    // A file next to it, or the briefing code that draws the same options, stays off limits.
    for (const path of [
      'core/api/chart-options-extra',
      'core/documents/charts/chart-blocks',
      'core/model/common',
    ]) {
      const code = `import { x } from '../../electron/${path}';\nexport const z = x;`;
      expect(await importErrors('renderer/src/probe.ts', code)).not.toEqual([]);
    }
  });
});
