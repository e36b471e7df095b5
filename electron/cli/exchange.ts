/**
 * `npm run exchange -- export|inspect|import …`: 卷宗交换 without the UI, through the same
 * registry methods the app calls. Exit codes: 0 done (or a clean dry run), 1 conflicts wait for a
 * choice, 2 refused (one line on stderr saying why).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ResultOf } from '../core/api/contract';
import { openCore, type DossierCore } from '../core/app';
import { inspectFile } from '../core/exchange/bundle/inspect';
import { type ExchangeArgs, EXCHANGE_USAGE, parseExchangeArgs } from './exchange-args';
import { callOrThrow } from './registry-api';

class Refused extends Error {}

async function readPassword(file: string | undefined): Promise<string | undefined> {
  if (file === undefined) return undefined;
  const text = (await readFile(file, 'utf8')).replace(/\r?\n$/, '');
  if (!text) throw new Refused(`密码文件是空的：${file}`);
  return text;
}

/**
 * The merge layer's part of `import`: exchange.preview, then exchange.apply unless a dry run or
 * conflicts without `--prefer`. Returns the exit code and the JSON summary to print.
 */
export async function previewAndApply(
  core: DossierCore,
  stagedId: string,
  args: Extract<ExchangeArgs, { command: 'import' }>,
): Promise<{ code: number; summary: unknown }> {
  const preview = await callOrThrow(core.registry, 'exchange.preview', { stagedId });
  const conflicts = preview.conflicts.map((c) => ({
    collection: c.collection,
    id: c.id,
    record: c.recordName,
    path: c.path,
    label: c.label,
    ours: c.ours.value,
    theirs: c.theirs.value,
  }));
  const waiting = preview.counts.conflicts > 0 && args.prefer === undefined;
  if (args.dryRun || waiting) {
    const summary = {
      applied: false,
      dryRun: args.dryRun,
      ...preview.counts,
      conflictList: conflicts,
    };
    return { code: waiting ? 1 : 0, summary };
  }
  const result = await callOrThrow(core.registry, 'exchange.apply', {
    stagedId,
    choices: [],
    prefer: args.prefer,
  });
  return { code: 0, summary: { ...result, dryRun: false, conflictList: conflicts } };
}

async function run(args: ExchangeArgs): Promise<number> {
  if (args.command === 'inspect') {
    const report = await inspectFile(args.file, await readPassword(args.passwordFile));
    console.log(JSON.stringify(report, null, 2));
    return 0;
  }
  const password = await readPassword(args.passwordFile);
  const out = args.command === 'export' ? resolve(args.out) : '';
  const core = await openCore({
    dataDir: args.dataDir,
    exchange: { allowPaths: true, chooseExportPath: async () => out },
  });
  try {
    if (args.command === 'export') {
      const result = await callOrThrow(core.registry, 'exchange.export', {
        scope: args.scope,
        password,
        includeGenerated: args.includeGenerated,
      });
      console.log(JSON.stringify(result, null, 2));
      return 0;
    }
    const outcome = await core.registry.call('exchange.stage', {
      path: resolve(args.file),
      password,
    });
    if (!outcome.ok) throw new Refused(outcome.error.message);
    const staged = outcome.result as ResultOf<'exchange.stage'>;
    try {
      const { code, summary } = await previewAndApply(core, staged.stagedId, args);
      console.log(JSON.stringify(summary, null, 2));
      return code;
    } finally {
      await core.registry.call('exchange.discard', { stagedId: staged.stagedId });
    }
  } finally {
    await core.close();
  }
}

async function main(): Promise<number> {
  let args: ExchangeArgs;
  try {
    args = parseExchangeArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${EXCHANGE_USAGE}`);
    return 2;
  }
  try {
    return await run(args);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(message.replace(/\s+/g, ' '));
    return 2;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  },
);
