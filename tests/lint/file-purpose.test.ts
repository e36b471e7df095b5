// The file-purpose lint rule: which first lines it accepts, which it reports, and where the config applies it.
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const RULE = 'local/file-purpose';
// The shipped config keeps the rule off until every file has its purpose; switched on here to test it.
const eslint = new ESLint({
  cwd: root,
  overrideConfig: { files: ['electron/**', 'renderer/**', 'tests/**'], rules: { [RULE]: 'error' } },
});

async function purposeErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === RULE).map((m) => m.message);
}

const body = 'export const answer = 42;\n';

describe('lint asks every source file to open with its purpose', () => {
  it('accepts a line comment, a one-line doc comment and a block comment as line 1', async () => {
    const openings = [
      '// The answer, as a constant.\n',
      '/** The answer, as a constant. */\n',
      '/*\n * The answer, as a constant.\n */\n',
    ];
    for (const opening of openings) {
      expect(await purposeErrors('electron/core/model/probe.ts', opening + body)).toEqual([]);
    }
  });

  it('accepts the comment on the line after a shebang', async () => {
    const code = '#!/usr/bin/env node\n// Prints the answer.\nconsole.log(42);\n';
    expect(await purposeErrors('tests/smoke/probe.mjs', code)).toEqual([]);
  });

  it('reports a file that opens with code, and says what to write', async () => {
    const errors = await purposeErrors(
      'renderer/src/pages/probe.tsx',
      "import { Button } from 'antd';\nexport const B = Button;\n",
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('Open the file with one line saying what it holds');
    expect(errors[0]).toContain('//');
  });

  it('reports a comment that is not the first line, after a blank line or below a shebang', async () => {
    expect(await purposeErrors('electron/core/model/probe.ts', '\n// Too late.\n' + body)).toEqual([
      expect.any(String),
    ]);
    const code = '#!/usr/bin/env node\nconsole.log(42);\n// Too late.\n';
    expect(await purposeErrors('tests/smoke/probe.mjs', code)).toHaveLength(1);
    expect(await purposeErrors('electron/core/model/probe.ts', '')).toHaveLength(1);
  });

  it('the config applies it to every source folder, and to no file outside them', async () => {
    const config = new ESLint({ cwd: root });
    const covered = [
      'electron/core/store/probe.ts',
      'electron/main/probe.ts',
      'renderer/src/pages/probe.tsx',
      'scripts/probe.mjs',
      'scripts/probe.d.mts',
      'tests/core/probe.test.ts',
      'tests/smoke/probe.mjs',
    ];
    for (const file of covered) {
      const rules = (
        (await config.calculateConfigForFile(resolve(root, file))) as {
          rules: Record<string, unknown>;
        }
      ).rules;
      expect(rules, file).toHaveProperty([RULE]);
    }
    const outside = (await config.calculateConfigForFile(resolve(root, 'vitest.config.ts'))) as {
      rules: Record<string, unknown>;
    };
    expect(outside.rules).not.toHaveProperty([RULE]);
  });
});
