// Prints, for every demo briefing, our PDF's pages beside LibreOffice's pages of our DOCX.
// Run: npx tsx tests/office/page-table.ts [folder] [pattern]   (files kept in the folder; only
// briefings whose name matches the pattern)
import { demoPageCounts } from './page-counts';
import { scratchDir } from './tools';

const rows = await demoPageCounts(
  process.argv[2] ?? scratchDir('dossier-page-table-'),
  new RegExp(process.argv[3] ?? ''),
);
const byKind = new Map<string, { n: number; same: number }>();
console.log('file\tkind\tPDF\tLibreOffice\tbriefing');
for (const r of rows) {
  const same = r.pdf === r.libreOffice;
  const k = byKind.get(r.kind) ?? { n: 0, same: 0 };
  byKind.set(r.kind, { n: k.n + 1, same: k.same + (same ? 1 : 0) });
  console.log(`${r.file}\t${r.kind}\t${r.pdf}\t${r.libreOffice}${same ? '' : '\t≠'}\t${r.name}`);
}
console.log('\nkind\tbriefings\tsame pages');
for (const [kind, k] of byKind) console.log(`${kind}\t${k.n}\t${k.same}`);
const differ = rows.filter((r) => r.pdf !== r.libreOffice).length;
console.log(`\n${rows.length} briefings, ${differ} differ`);
