// `npm run audit:briefings -- DIR [--generate]`: audits every demo briefing and pack in DIR.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Lexicon, lexiconWords } from '../../../electron/core/documents/words/lexicon';
import { workspaceLexicon } from '../../../electron/core/services/briefings/lexicon';
import { withDemo } from '../demo-cases';
import { pageCount } from '../tools';
import { cellSplits, coveredPages, type Finding, lostText, titleSplits } from './checks';
import { generateDemo, type ManifestRow } from './generate';
import { renderWithLibreOffice } from './libreoffice';
import { pdfLines } from './pdf-lines';

/**
 * Issue 11's "Done when", checked on files: for every demo briefing and both meeting packs (made
 * by generate.ts, at this commit or an old one), the PDF's pages beside LibreOffice's pages of
 * the DOCX with the same faces, and the findings: title breaks and cell breaks inside a word
 * (the app's word layer and the workspace's names), DOCX paragraphs missing from the PDF's
 * text, pack pages not A4 or with our page number over the attachment. Writes DIR/table.md.
 *
 * An old commit's documents: copy generate.ts into a worktree of it, run
 * `node --import tsx tests/office/audit/generate.ts DIR` there, then audit DIR from here.
 */
interface AuditRow {
  row: ManifestRow;
  libreOffice: number | null;
  findings: Record<'title' | 'cell' | 'lost' | 'covered', Finding[]>;
}

const EMPTY = { title: [], cell: [], lost: [], covered: [] };

function audit(dir: string, row: ManifestRow, lexicon: Lexicon): AuditRow {
  const pdf = join(dir, `${row.stem}.pdf`);
  const docx = join(dir, `${row.stem}.docx`);
  const lo = join(dir, 'lo', `${row.stem}.pdf`);
  const libreOffice = existsSync(lo) ? pageCount(lo) : null;
  if (!existsSync(pdf)) return { row, libreOffice, findings: EMPTY };
  const { lines } = pdfLines(pdf);
  const pack = row.template === 'meetingPack';
  return {
    row,
    libreOffice,
    findings: {
      title: titleSplits(lines, lexicon),
      cell: cellSplits(lines, lexicon),
      lost: existsSync(docx) ? lostText(pdf, docx) : [],
      covered: pack ? coveredPages(pdf) : [],
    },
  };
}

const cellText = (s: string) => s.replace(/\|/g, '∣');
const list = (f: readonly Finding[]) =>
  f.map((x) => cellText(x.page ? `p${x.page} ${x.what}` : x.what)).join('; ');

function table(rows: readonly AuditRow[]): string {
  const out = [
    '| # | document | PDF pages | LibreOffice pages | equal | title splits | cell splits | lost text | covered |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of rows) {
    const equal = r.libreOffice === r.row.pdfPages ? 'yes' : '**no**';
    const f = r.findings;
    out.push(
      `| ${r.row.stem} | ${r.row.title || r.row.template}${r.row.failure ? `（失败：${r.row.failure}）` : ''} | ${r.row.pdfPages ?? '—'} | ${r.libreOffice ?? '—'} | ${equal} | ${list(f.title)} | ${list(f.cell)} | ${list(f.lost)} | ${list(f.covered)} |`,
    );
  }
  const briefings = rows.filter((r) => r.row.template !== 'meetingPack');
  const count = (pick: (r: AuditRow) => boolean) => rows.filter(pick).length;
  out.push(
    '',
    `${rows.length} documents (${briefings.length} briefings, ${rows.length - briefings.length} packs); ` +
      `page counts differ: ${count((r) => r.libreOffice !== r.row.pdfPages)} ` +
      `(briefings: ${briefings.filter((r) => r.libreOffice !== r.row.pdfPages).length}); ` +
      `title splits: ${count((r) => r.findings.title.length > 0)}; cell splits: ${count((r) => r.findings.cell.length > 0)}; ` +
      `lost text: ${count((r) => r.findings.lost.length > 0)}; covered: ${count((r) => r.findings.covered.length > 0)}; ` +
      `failed: ${count((r) => r.row.failure !== null)}`,
  );
  return out.join('\n');
}

async function main(): Promise<void> {
  const dir = process.argv[2];
  if (!dir) throw new Error('用法：npx tsx tests/office/audit/audit.ts 文件夹 [--generate]');
  if (process.argv.includes('--generate') || !existsSync(join(dir, 'manifest.json')))
    await generateDemo(dir, (line) => console.log(line));
  const rows = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as ManifestRow[];
  renderWithLibreOffice(
    dir,
    rows.map((r) => r.stem),
  );
  const lexicon = new Lexicon(lexiconWords(await withDemo((s) => workspaceLexicon(s))));
  const audited = rows.map((r) => audit(dir, r, lexicon));
  const markdown = table(audited);
  writeFileSync(join(dir, 'table.md'), `${markdown}\n`);
  console.log(markdown);
}

await main();
