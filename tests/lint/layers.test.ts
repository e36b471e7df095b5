/** Each layer's import rule fires: one probe file per core folder and shell, linted through ESLint's API. */
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

/** The no-restricted-imports messages for each import line, linted as if it sat in `file`. */
async function refusals(file: string, imports: string[]): Promise<string[][]> {
  return Promise.all(
    imports.map(async (line) => {
      const code = `${line}\nexport const probe = x;\n`;
      const [result] = await eslint.lintText(code, { filePath: resolve(root, file) });
      return (result?.messages ?? [])
        .filter((m) => m.ruleId === 'no-restricted-imports')
        .map((m) => m.message);
    }),
  );
}

async function expectRefused(file: string, imports: string[]): Promise<void> {
  const out = await refusals(file, imports);
  imports.forEach((line, i) => expect(out[i], `${file}: ${line}`).not.toEqual([]));
}

async function expectAllowed(file: string, imports: string[]): Promise<void> {
  const out = await refusals(file, imports);
  imports.forEach((line, i) => expect(out[i], `${file}: ${line}`).toEqual([]));
}

const imp = (path: string) => `import { x } from '${path}';`;

describe('the core imports only downwards', () => {
  it('model/ imports nothing but model/ and zod', async () => {
    const file = 'electron/core/model/probe.ts';
    await expectAllowed(file, [imp('./records'), "import { z as x } from 'zod';"]);
    await expectRefused(file, [
      imp('../store/layout'),
      imp('../api/contract'),
      imp('../services/stage'),
      imp('../clock'),
      "import { x } from 'node:fs';",
    ]);
  });

  it('store/ imports model/ and clock.ts, nothing above', async () => {
    const file = 'electron/core/store/probe.ts';
    await expectAllowed(file, [imp('../model/records'), imp('../clock'), imp('./layout')]);
    await expectRefused(file, [
      imp('../api/errors'),
      imp('../documents/index'),
      imp('../exchange/types'),
      imp('../ledger/rows'),
      imp('../services/session'),
      imp('../app'),
    ]);
  });

  it('api/ imports model/ and store/, not the layers that implement it', async () => {
    const file = 'electron/core/api/probe.ts';
    await expectAllowed(file, [imp('../model/records'), imp('../store/types'), imp('./views')]);
    await expectRefused(file, [
      imp('../documents/fonts/roles'),
      imp('../exchange/types'),
      imp('../ledger/rows'),
      imp('../services/demo-removal'),
      imp('../app'),
    ]);
  });

  it('documents/, exchange/ and ledger/ import model/, store/ and api/, not services/ or each other', async () => {
    const below = ['../../model/records', '../../store/layout', '../../api/views'];
    const cases = [
      ['electron/core/documents/templates/probe.ts', ['exchange', 'ledger']],
      ['electron/core/exchange/merge/probe.ts', ['documents', 'ledger']],
      ['electron/core/ledger/probe/probe.ts', ['documents', 'exchange']],
    ] as const;
    for (const [file, siblings] of cases) {
      await expectAllowed(file, below.map(imp));
      await expectRefused(file, [
        imp('../../services/stage'),
        imp('../../app'),
        ...siblings.map((s) => imp(`../../${s}/index`)),
      ]);
    }
  });

  it('services/ imports every layer below it, not app.ts or a shell', async () => {
    const file = 'electron/core/services/probe/probe.ts';
    await expectAllowed(file, [
      imp('../../documents/index'),
      imp('../../exchange/types'),
      imp('../../ledger/rows'),
      imp('../../api/contract'),
      imp('../folios/handlers'),
    ]);
    await expectRefused(file, [
      imp('../../app'),
      imp('../../../main/window'),
      imp('../../../shared/csp'),
      "import { app as x } from 'electron';",
    ]);
  });

  it('clock.ts and log/ import nothing from the core', async () => {
    await expectRefused('electron/core/clock.ts', [imp('./model/records')]);
    await expectRefused('electron/core/log/probe.ts', [imp('../store/layout')]);
    await expectAllowed('electron/core/log/probe.ts', ["import { x } from 'node:fs';"]);
  });
});

describe('the shells use the core and electron/shared, never each other', () => {
  const shells = ['main', 'web', 'cli', 'preload'];
  for (const shell of shells) {
    it(`electron/${shell}`, async () => {
      const file = `electron/${shell}/probe.ts`;
      await expectAllowed(file, [imp('../core/app'), imp('../shared/csp')]);
      await expectRefused(
        file,
        shells.filter((s) => s !== shell).map((s) => imp(`../${s}/index`)),
      );
    });
  }

  it('electron/shared', async () => {
    await expectRefused(
      'electron/shared/probe.ts',
      shells.map((s) => imp(`../${s}/index`)),
    );
  });
});
