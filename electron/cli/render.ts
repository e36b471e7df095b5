/**
 * `npm run render -- (--demo | --data-dir DIR) --template NAME|all --format docx|pdf|both
 * --out DIR`: briefings without the UI, for batch use and for checking.
 */
import { parseRenderArgs, RENDER_USAGE } from './render-args';
import { runRender } from './run-render';

async function main(): Promise<number> {
  let args;
  try {
    args = parseRenderArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${RENDER_USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(RENDER_USAGE);
    return 0;
  }
  const started = performance.now();
  const report = await runRender(args, (line) => console.log(line));
  for (const row of report.rows) {
    const files = row.files
      .map((f) => `${f.path}${f.pageCount === null ? '' : `（${f.pageCount} 页）`}`)
      .join('  ');
    console.log(`${row.title}\t${files}`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`共生成 ${report.rows.length} 份，用时 ${seconds} 秒，输出在 ${args.out}`);
  for (const failure of report.failures) console.error(`未能生成：${failure}`);
  return report.failures.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
