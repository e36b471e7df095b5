/*
 * Runs the benchmarks, prints one table and merges the rows into bench-results.json.
 * Usage: npm run bench [-- <name> ...]   (names from BENCHES; all when none is given)
 */
import { benchBriefing } from './briefing-bench';
import { benchExchange } from './exchange-bench';
import { benchMerge } from './merge-bench';
import { benchFirstPaint } from './first-paint-bench';
import { benchFolioApi } from './folio-api-bench';
import { benchFolioList } from './folio-list-bench';
import { benchLedger } from './ledger-bench';
import { printTable, writeResults, type BenchRow } from './report';
import { benchSearch } from './search-bench';
import { benchPdf } from './pdf-bench';
import { benchPack } from './pack-bench';
import { benchScale } from './scale-bench';
import { benchStore } from './store-bench';
import { benchStoreEdit } from './store-edit-bench';
import { benchSync } from './sync-bench';

/** Add a module's bench here: a name to select it by and a function returning its rows. */
const BENCHES: Array<{ name: string; run: () => Promise<BenchRow[]> }> = [
  { name: 'store', run: benchStore },
  { name: 'store-edit', run: benchStoreEdit },
  { name: 'pdf', run: benchPdf },
  { name: 'briefing', run: benchBriefing },
  { name: 'pack', run: benchPack },
  { name: 'folio-api', run: benchFolioApi },
  { name: 'folio-list', run: benchFolioList },
  { name: 'first-paint', run: benchFirstPaint },
  { name: 'search', run: benchSearch },
  { name: 'ledger', run: benchLedger },
  { name: 'exchange', run: benchExchange },
  { name: 'merge', run: benchMerge },
  { name: 'sync', run: benchSync },
  { name: 'scale', run: benchScale },
];

const wanted = process.argv.slice(2);
const rows: BenchRow[] = [];
for (const bench of BENCHES) {
  if (wanted.length > 0 && !wanted.includes(bench.name)) continue;
  console.log(`running ${bench.name} …`);
  rows.push(...(await bench.run()));
}
printTable(rows);
await writeResults(rows);
