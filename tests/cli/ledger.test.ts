// Checks `npm run ledger`: imports, finds problems, refuses and exports with the documented exit codes.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLedger } from '../../electron/cli/run-ledger';
import { makeTempDir } from '../helpers/temp-dir';

describe('npm run ledger', () => {
  it('imports, finds problems, refuses, and exports with the documented exit codes', async () => {
    const dir = await makeTempDir();
    const data = join(dir, 'data');
    const good = join(dir, 'good.csv');
    const bad = join(dir, 'bad.csv');
    await writeFile(good, '项目名称,总投资（亿元）,项目阶段\n清水县光伏电站,3.2,在谈\n');
    await writeFile(bad, '项目名称,总投资（亿元）\n秦安县物流园,约5个亿\n');
    await writeFile(
      join(dir, 'old.xls'),
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    );

    const dry = await runLedger(['import', good, '--data-dir', data, '--dry-run']);
    expect(dry).toMatchObject({ code: 0, err: [] });
    expect(dry.out[0]).toContain('新建 1');
    const applied = await runLedger(['import', good, '--data-dir', data]);
    expect(applied.code).toBe(0);
    const again = await runLedger(['import', good, '--data-dir', data]);
    expect(again.out[0]).toContain('无变化 1');

    const problems = await runLedger(['import', bad, '--data-dir', data]);
    expect(problems.code).toBe(1);
    expect(problems.out).toContain('问题：第 2 行 总投资：无法识别“约5个亿”');

    const refused = await runLedger(['import', join(dir, 'old.xls'), '--data-dir', data]);
    expect(refused.code).toBe(2);
    expect(refused.err).toHaveLength(1);
    expect(refused.err[0]).toContain('另存为 .xlsx');

    const out = join(dir, 'out.xlsx');
    const exported = await runLedger(['export', '--data-dir', data, '--out', out]);
    expect(exported).toMatchObject({ code: 0, out: [`已导出 1 个项目到 ${out}`] });
  });
});
