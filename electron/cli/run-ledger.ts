// Runs `npm run ledger -- import|export` through the same API calls the app makes, with exit codes.
import { readFile, writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { LedgerPreview } from '../core/api/ledger-views';
import { openCore } from '../core/app';
import { ledgerMappingSchema } from '../core/model/ledger-mapping';

export const LEDGER_USAGE = `用法：
  npm run ledger -- import FILE --data-dir DIR [--mapping M.json] [--dry-run] [--skip-problems]
  npm run ledger -- export --data-dir DIR [--group ID] [--kind folios|opportunities|groupReport]
                    [--from YYYY-MM-DD --to YYYY-MM-DD] --out FILE.xlsx
退出码：0 已导入或没有问题，1 发现问题，2 拒绝（一行说明在 stderr）`;

/** Exit codes, as the exchange CLI's: applied or clean, problems found, refused. */
export const EXIT = { ok: 0, problems: 1, refused: 2 } as const;

export interface LedgerRun {
  code: number;
  out: string[];
  err: string[];
}

class Refusal extends Error {}

async function readMapping(path: string | undefined) {
  if (!path) return {};
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    throw new Refusal(`无法读取对应关系文件 ${path}（应为 JSON）`);
  }
  const parsed = ledgerMappingSchema.safeParse(json);
  if (!parsed.success)
    throw new Refusal(`对应关系文件 ${path} 有误：${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data;
}

/** Runs `npm run ledger -- …` through the same API calls the app makes. */
export async function runLedger(argv: string[], cwd = process.cwd()): Promise<LedgerRun> {
  const run: LedgerRun = { code: EXIT.ok, out: [], err: [] };
  let values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'data-dir': { type: 'string' },
        mapping: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        'skip-problems': { type: 'boolean', default: false },
        group: { type: 'string' },
        kind: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        out: { type: 'string' },
      },
    }));
  } catch (error) {
    run.err.push(`${error instanceof Error ? error.message : String(error)}\n${LEDGER_USAGE}`);
    return { ...run, code: EXIT.refused };
  }
  const [command, file] = positionals;
  const dataDir = values['data-dir'];
  if (
    !dataDir ||
    (command !== 'import' && command !== 'export') ||
    (command === 'import' && !file)
  ) {
    run.err.push(LEDGER_USAGE);
    return { ...run, code: EXIT.refused };
  }
  const core = await openCore({ dataDir: resolve(cwd, dataDir) });
  try {
    const status = await core.registry.call('workspace.status', {});
    if (status.ok && status.result && (status.result as { state: string }).state !== 'ready') {
      throw new Refusal(`数据文件夹无法打开：${dataDir}`);
    }
    if (command === 'export') {
      if (!values.out) throw new Refusal('请用 --out 指定导出的 .xlsx 文件');
      const kind = values.kind ?? (values.group ? 'groupReport' : 'folios');
      const outcome = await core.registry.call('ledger.export', {
        kind,
        filter: values.group ? { groupId: values.group } : {},
        from: values.from,
        to: values.to,
      });
      if (!outcome.ok) throw new Refusal(outcome.error.message);
      const result = outcome.result as { dataBase64: string; rows: number };
      const target = resolve(cwd, values.out);
      await writeFile(target, Buffer.from(result.dataBase64, 'base64'));
      run.out.push(`已导出 ${result.rows} 个项目到 ${target}`);
      return run;
    }
    const path = resolve(cwd, file ?? '');
    const bytes = await readFile(path).catch(() => {
      throw new Refusal(`无法读取文件 ${path}`);
    });
    const input = {
      fileName: basename(path),
      dataBase64: bytes.toString('base64'),
      mapping: await readMapping(values.mapping && resolve(cwd, values.mapping)),
    };
    const preview = await core.registry.call('ledger.preview', input);
    if (!preview.ok) throw new Refusal(preview.error.message);
    const p = preview.result as LedgerPreview;
    const c = p.counts;
    run.out.push(
      `${p.fileName}（${p.sheet}）：新建 ${c.new}，更新 ${c.update}，无变化 ${c.unchanged}，有问题 ${c.problem}`,
    );
    for (const problem of p.problems) run.out.push(`问题：${problem.text}`);
    const problems = p.problems.length > 0;
    if (values['dry-run'] || (problems && !values['skip-problems'])) {
      return { ...run, code: problems ? EXIT.problems : EXIT.ok };
    }
    const applied = await core.registry.call('ledger.apply', {
      ...input,
      skipProblems: values['skip-problems'],
    });
    if (!applied.ok) throw new Refusal(applied.error.message);
    run.out.push(c.new + c.update > 0 ? '已导入（可在应用中撤销）' : '没有需要写入的变化');
    return { ...run, code: problems ? EXIT.problems : EXIT.ok };
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    run.err.push(error.message);
    return { ...run, code: EXIT.refused };
  } finally {
    await core.close();
  }
}
