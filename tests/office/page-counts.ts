// Our PDF's page count of every demo briefing beside LibreOffice's of our DOCX, with the same faces.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeBriefingDocx } from '../../electron/core/documents/docx/write-docx';
import { writeBriefingPdf } from '../../electron/core/documents/pdf/write-pdf';
import { allDemoBriefings } from './demo-cases';
import { shippedFacesEnv } from './fontconfig';
import { pageCount, run, scratchDir } from './tools';

export interface PageCountRow {
  /** The file stem both files carry in `dir` (ours/ and lo/). */
  file: string;
  /** 项目简报, 政策包 … as the briefing's title names it. */
  kind: string;
  name: string;
  pdf: number;
  libreOffice: number;
}

/**
 * Builds every demo briefing (or those whose name matches `only`) as PDF and DOCX under `dir`,
 * converts all the DOCX files with one LibreOffice run (the faces answering to the DOCX's font
 * names are the PDF's, see shippedFacesEnv) and counts the pages of both.
 */
export async function demoPageCounts(dir: string, only = /./): Promise<PageCountRow[]> {
  const pdfDir = join(dir, 'ours');
  const loDir = join(dir, 'lo');
  mkdirSync(pdfDir, { recursive: true });
  mkdirSync(loDir, { recursive: true });
  const briefings = (await allDemoBriefings()).filter((b) => only.test(b.name));
  const rows: Omit<PageCountRow, 'libreOffice'>[] = [];
  for (const [i, b] of briefings.entries()) {
    const file = `b${String(i).padStart(3, '0')}`;
    const pdf = await writeBriefingPdf(b.model, {
      fonts: { discover: false },
      missingGlyphs: 'replace',
    });
    if (!pdf.ok) throw new Error(pdf.message);
    writeFileSync(join(pdfDir, `${file}.pdf`), pdf.bytes);
    writeFileSync(join(loDir, `${file}.docx`), (await writeBriefingDocx(b.model)).bytes);
    const name = b.name.replace(/^demo /, '');
    rows.push({ file, kind: name.replace(/：.*$/, ''), name, pdf: pdf.pageCount });
  }
  const profile = pathToFileURL(scratchDir('dossier-lo-profile-')).href;
  const env = shippedFacesEnv(scratchDir('dossier-page-counts-fc-'));
  const args = [`-env:UserInstallation=${profile}`, '--headless', '--norestore'];
  const docxs = rows.map((r) => join(loDir, `${r.file}.docx`));
  run('soffice', [...args, '--convert-to', 'pdf', '--outdir', loDir, ...docxs], env);
  return rows.map((r) => ({ ...r, libreOffice: pageCount(join(loDir, `${r.file}.pdf`)) }));
}
