// Prints, for every demo briefing, our PDF's pages beside LibreOffice's pages of our DOCX.
// Run: npx tsx tests/office/page-table.ts [folder]   (keeps the files in the folder if given)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeBriefingDocx } from '../../electron/core/documents/docx/write-docx';
import { writeBriefingPdf } from '../../electron/core/documents/pdf/write-pdf';
import { allDemoBriefings } from './demo-cases';
import { shippedFacesEnv } from './fontconfig';
import { pageCount, run, scratchDir } from './tools';

const out = process.argv[2] ?? scratchDir('dossier-page-table-');
const pdfDir = join(out, 'ours');
const loDir = join(out, 'lo');
mkdirSync(pdfDir, { recursive: true });
mkdirSync(loDir, { recursive: true });

const briefings = await allDemoBriefings();
const rows: { kind: string; name: string; ours: number; file: string }[] = [];
for (const [i, b] of briefings.entries()) {
  const file = `b${String(i).padStart(3, '0')}`;
  const pdf = await writeBriefingPdf(b.model, {
    fonts: { discover: false },
    missingGlyphs: 'replace',
  });
  if (!pdf.ok) throw new Error(pdf.message);
  writeFileSync(join(pdfDir, `${file}.pdf`), pdf.bytes);
  writeFileSync(join(loDir, `${file}.docx`), (await writeBriefingDocx(b.model)).bytes);
  const kind = b.name.replace(/^demo /, '').replace(/[：:].*$/, '');
  rows.push({ kind, name: b.name.replace(/^demo /, ''), ours: pdf.pageCount, file });
}

const profile = scratchDir('dossier-lo-profile-');
const docxs = rows.map((r) => join(loDir, `${r.file}.docx`));
const env = shippedFacesEnv(scratchDir('dossier-page-table-fc-'));
const args = [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore'];
run('soffice', [...args, '--convert-to', 'pdf', '--outdir', loDir, ...docxs], env);

let differ = 0;
const byKind = new Map<string, { n: number; same: number }>();
console.log('file\tkind\tPDF\tLibreOffice\tbriefing');
for (const r of rows) {
  const lo = pageCount(join(loDir, `${r.file}.pdf`));
  const k = byKind.get(r.kind) ?? { n: 0, same: 0 };
  byKind.set(r.kind, { n: k.n + 1, same: k.same + (lo === r.ours ? 1 : 0) });
  if (lo !== r.ours) differ += 1;
  console.log(`${r.file}\t${r.kind}\t${r.ours}\t${lo}${lo === r.ours ? '' : '\t≠'}\t${r.name}`);
}
console.log('\nkind\tbriefings\tsame pages');
for (const [kind, k] of byKind) console.log(`${kind}\t${k.n}\t${k.same}`);
console.log(`\n${rows.length} briefings, ${differ} differ`);
