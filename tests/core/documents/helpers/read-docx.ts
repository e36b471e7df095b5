// Test helpers reading a DOCX: its XML parts, paragraph text with Word's list numbers, runs.
import { spawnSync } from 'node:child_process';
import JSZip from 'jszip';

/** The parts of a DOCX a test reads, as XML text. */
export async function readDocx(bytes: Uint8Array): Promise<{
  document: string;
  settings: string;
  /** word/numbering.xml, for the list numbers Word draws (`docxText`). */
  numbering: string;
  part: (name: string) => Promise<string | undefined>;
  names: string[];
}> {
  const zip = await JSZip.loadAsync(bytes);
  const part = async (name: string) => zip.file(name)?.async('string');
  return {
    document: (await part('word/document.xml')) ?? '',
    settings: (await part('word/settings.xml')) ?? '',
    numbering: (await part('word/numbering.xml')) ?? '',
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

/**
 * A paragraph's text: its w:t joined, w:br (line breaks, not page breaks) as `\n`; null if it
 * has no w:t. A table cell's wraps (`w:type="textWrapping"`, the PDF's line ends) are layout.
 */
function paragraphText(xml: string): string | null {
  if (!/<w:t[ >]/.test(xml)) return null;
  let text = '';
  for (const m of xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:t\/>|<w:br(?: [^>]*)?\/>/g)) {
    if (m[0].startsWith('<w:br')) text += /w:type="(page|textWrapping)"/.test(m[0]) ? '' : '\n';
    else text += decode(m[1] ?? '');
  }
  return text;
}

/**
 * The number text Word draws before each list paragraph: `numId` → its abstract definition's
 * `lvlText` (`%1` counted per instance) and suffix (a space, or nothing).
 */
function listNumbers(numberingXml: string) {
  const abstracts = new Map<string, { text: string; suffix: string }>();
  for (const m of numberingXml.matchAll(
    /<w:abstractNum w:abstractNumId="(\d+)">([\s\S]*?)<\/w:abstractNum>/g,
  )) {
    const text = /<w:lvlText w:val="([^"]*)"/.exec(m[2] ?? '')?.[1] ?? '';
    const suff = /<w:suff w:val="(\w+)"/.exec(m[2] ?? '')?.[1] ?? 'tab';
    abstracts.set(m[1] ?? '', {
      text,
      suffix: suff === 'space' ? ' ' : suff === 'tab' ? '\t' : '',
    });
  }
  const nums = new Map<string, string>();
  for (const m of numberingXml.matchAll(
    /<w:num w:numId="(\d+)"><w:abstractNumId w:val="(\d+)"\/>/g,
  ))
    nums.set(m[1] ?? '', m[2] ?? '');
  const counts = new Map<string, number>();
  return (paragraphXml: string): string => {
    const numId = /<w:numId w:val="(\d+)"\/>/.exec(paragraphXml)?.[1];
    if (numId === undefined) return '';
    const level = abstracts.get(nums.get(numId) ?? '');
    if (!level) throw new Error(`numbering.xml has no list ${numId}: pass it to docxText`);
    const n = (counts.get(numId) ?? 0) + 1;
    counts.set(numId, n);
    return level.text.replace('%1', String(n)) + level.suffix;
  };
}

/**
 * The body's text in reading order, one entry per line: a paragraph per entry (split at line
 * breaks), a table row per entry with its cells joined by a tab. Paragraphs without any w:t
 * (pictures, page breaks) are not text. List numbers are Word's (numbering.xml), drawn before
 * the paragraph's text.
 */
export function docxText(documentXml: string, numberingXml = ''): string[] {
  const number = listNumbers(numberingXml);
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
      if (text !== null) lines.push(number(m[0]) + text);
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

/** `docxText`'s arguments from a read DOCX. */
export const docxParts = (docx: { document: string; numbering: string }): [string, string] => [
  docx.document,
  docx.numbering,
];
