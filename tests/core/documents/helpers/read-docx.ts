import { spawnSync } from 'node:child_process';
import JSZip from 'jszip';

/** The parts of a DOCX a test reads, as XML text. */
export async function readDocx(bytes: Uint8Array): Promise<{
  document: string;
  settings: string;
  part: (name: string) => Promise<string | undefined>;
  names: string[];
}> {
  const zip = await JSZip.loadAsync(bytes);
  const part = async (name: string) => zip.file(name)?.async('string');
  return {
    document: (await part('word/document.xml')) ?? '',
    settings: (await part('word/settings.xml')) ?? '',
    part,
    names: Object.keys(zip.files),
  };
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** A paragraph's text: its w:t joined, w:br (line breaks, not page breaks) as `\n`; null if it has no w:t. */
function paragraphText(xml: string): string | null {
  if (!/<w:t[ >]/.test(xml)) return null;
  let text = '';
  for (const m of xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:t\/>|<w:br(?: [^>]*)?\/>/g)) {
    if (m[0].startsWith('<w:br')) text += m[0].includes('w:type="page"') ? '' : '\n';
    else text += decode(m[1] ?? '');
  }
  return text;
}

/**
 * The body's text in reading order, one entry per line: a paragraph per entry (split at line
 * breaks), a table row per entry with its cells joined by a tab. Paragraphs without any w:t
 * (pictures, page breaks) are not text.
 */
export function docxText(documentXml: string): string[] {
  const body = documentXml.slice(documentXml.indexOf('<w:body>'), documentXml.indexOf('<w:sectPr'));
  const lines: string[] = [];
  for (const m of body.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:p[ >][\s\S]*?<\/w:p>/g)) {
    if (m[0].startsWith('<w:tbl>')) {
      for (const row of m[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)) {
        const cells = [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) =>
          [...c[0].matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
            .map((p) => paragraphText(p[0]) ?? '')
            .join('\n'),
        );
        lines.push(cells.join('\t'));
      }
    } else {
      const text = paragraphText(m[0]);
      if (text !== null) lines.push(text);
    }
  }
  return lines.flatMap((l) => l.split('\n'));
}

/** Every w:r of the XML with its run properties. */
export const runs = (xml: string) => [...xml.matchAll(/<w:r>[\s\S]*?<\/w:r>/g)].map((m) => m[0]);

/** Parses XML with python3's expat (a reader we did not write); null when python3 is absent. */
export function xmlParses(xml: string): boolean | null {
  const run = spawnSync(
    'python3',
    ['-c', 'import sys,xml.dom.minidom as m; m.parseString(sys.stdin.buffer.read())'],
    {
      input: xml,
    },
  );
  if (run.error) return null;
  return run.status === 0;
}
