/**
 * `npm run ledger -- import FILE --data-dir DIR [--mapping M.json] [--dry-run]` and
 * `npm run ledger -- export --data-dir DIR [--group ID] --out FILE.xlsx`: 台账 without the UI.
 */
import { runLedger } from './run-ledger';

runLedger(process.argv.slice(2)).then(
  (run) => {
    for (const line of run.out) console.log(line);
    for (const line of run.err) console.error(line);
    process.exit(run.code);
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  },
);
