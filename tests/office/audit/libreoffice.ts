// Converts the audit's DOCX files to PDF with one LibreOffice run, with the PDF's own faces.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DOCX_FACES } from '../../../electron/core/documents/docx/run-fonts';
import { shippedFacesEnv } from '../fontconfig';
import { run, scratchDir } from '../tools';

/**
 * The DOCX font names of the writer before issue 11 (FangSong …): the audit renders old files
 * too, and they must get the same shipped faces as the new names, or the counts compare faces.
 */
const NAMES_BEFORE = {
  fangsong: 'FangSong',
  heiti: 'SimHei',
  kaiti: 'KaiTi',
  xiaobiaosong: '方正小标宋简体',
  songti: 'SimSun',
};

/**
 * Renders `<dir>/<stem>.docx` to `<dir>/lo/<stem>.pdf` for every stem not rendered yet, in one
 * soffice process (LibreOffice is heavy; one at a time on a shared machine).
 */
export function renderWithLibreOffice(dir: string, stems: readonly string[]): void {
  const loDir = join(dir, 'lo');
  mkdirSync(loDir, { recursive: true });
  const todo = stems
    .filter((s) => existsSync(join(dir, `${s}.docx`)) && !existsSync(join(loDir, `${s}.pdf`)))
    .map((s) => join(dir, `${s}.docx`));
  if (todo.length === 0) return;
  const env = shippedFacesEnv(scratchDir('dossier-audit-fc-'), [DOCX_FACES, NAMES_BEFORE]);
  const profile = pathToFileURL(scratchDir('dossier-audit-lo-')).href;
  const args = [`-env:UserInstallation=${profile}`, '--headless', '--norestore'];
  run('soffice', [...args, '--convert-to', 'pdf', '--outdir', loDir, ...todo], env);
}
