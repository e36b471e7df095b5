/*
 * Run in a fresh child by the briefing bench: builds a 500-page briefing PDF (fonts loaded
 * once) and prints the process's peak RSS. With `baseline`, only loads the same modules, so the
 * bench can say how much of the peak is Node, tsx and the sample's own imports.
 */
import { loadFontSet } from '../../electron/core/documents/fonts/font-set';
import { writeBriefingPdf } from '../../electron/core/documents/pdf/write-pdf';
import { briefingOf } from './pdf-bench';

let pages = 0;
if (process.argv[2] !== 'baseline') {
  const fonts = await loadFontSet({ discover: false });
  const result = await writeBriefingPdf(briefingOf(500), { fontSet: fonts });
  if (!result.ok) throw new Error(result.message);
  pages = result.pageCount;
}
// maxRSS is in KiB.
process.stdout.write(JSON.stringify({ pages, peakMiB: process.resourceUsage().maxRSS / 1024 }));
