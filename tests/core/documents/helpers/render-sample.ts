/* Writes a sample briefing to a PDF: `npx tsx tests/core/documents/helpers/render-sample.ts OUT.pdf [chapters]`. */
import { writeFile } from 'node:fs/promises';
import { writeBriefingPdf } from '../../../../electron/core/documents/pdf/write-pdf';
import { sampleBriefing } from './sample-briefing';

const out = process.argv[2] ?? 'sample.pdf';
const chapters = Number(process.argv[3] ?? 2);
const t0 = performance.now();
const result = await writeBriefingPdf(sampleBriefing(chapters, { pictures: true }));
if (!result.ok) throw new Error(result.message);
await writeFile(out, result.bytes);
console.log(
  `${out}: ${result.pageCount} pages, ${result.bytes.length} bytes, ${(performance.now() - t0).toFixed(0)} ms`,
);
