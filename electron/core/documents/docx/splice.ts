// BodyXml: splices the body's hand-written XML into docx's output through placeholder paragraphs.
import { Paragraph, TextRun } from 'docx';
import { unzipSync, zipSync } from 'fflate';
import type { BodyChild } from './blocks';

const DOCUMENT = 'word/document.xml';
const STYLES = 'word/styles.xml';
const mark = (i: number) => `{{dossier-body-${i}}}`;
/**
 * A placeholder paragraph as docx writes it, with the section's properties when it ends a
 * section of several. Text from a briefing is escaped, so it cannot look like this.
 */
const PLACEHOLDER =
  /<w:p>(?:<w:pPr>(<w:sectPr>[\s\S]*?<\/w:sectPr>)<\/w:pPr>)?<w:r><w:t xml:space="preserve">\{\{dossier-body-(\d+)\}\}<\/w:t><\/w:r><\/w:p>/g;

/**
 * A section's properties go in the pPr of the paragraph that ends it (last in pPr, as the
 * schema orders it); after a table, in an empty paragraph of their own, as docx does.
 */
function endingSection(pieces: readonly string[], sectPr: string): string {
  const last = pieces.at(-1) ?? '';
  const before = pieces.slice(0, -1).join('');
  if (last.startsWith('<w:p><w:pPr>'))
    return before + last.replace('</w:pPr>', `${sectPr}</w:pPr>`);
  if (last.startsWith('<w:p>')) return `${before}<w:p><w:pPr>${sectPr}</w:pPr>${last.slice(5)}`;
  return `${before}${last}<w:p><w:pPr>${sectPr}</w:pPr></w:p>`;
}

/**
 * The body's text goes to docx as one placeholder paragraph for each run of XML between
 * pictures; `splice` puts the XML in their place once docx has packed the file.
 */
export class BodyXml {
  private readonly chunks: string[][] = [];

  /** docx's children for a section: pictures as they are, a placeholder for each run of XML. */
  placeholders(children: readonly BodyChild[]): Paragraph[] {
    const out: Paragraph[] = [];
    let pending: string[] = [];
    const flush = () => {
      if (pending.length === 0) return;
      out.push(new Paragraph({ children: [new TextRun(mark(this.chunks.length))] }));
      this.chunks.push(pending);
      pending = [];
    };
    for (const child of children) {
      if (typeof child === 'string') pending.push(child);
      else {
        flush();
        out.push(child);
      }
    }
    flush();
    return out;
  }

  /**
   * The packed file with every placeholder replaced by its XML, zipped as docx zips; `parts`
   * replace whole parts docx wrote (font table, numbering) and `styles` go at the end of its
   * styles part.
   */
  splice(packed: Uint8Array, parts: Record<string, string> = {}, styles = ''): Uint8Array {
    const files = unzipSync(packed);
    const encode = (text: string) => new TextEncoder().encode(text);
    for (const [name, xml] of Object.entries(parts)) {
      if (!files[name]) throw new Error(`DOCX 中缺少 ${name}`);
      files[name] = encode(xml);
    }
    const styleXml = files[STYLES];
    if (styles && styleXml) {
      const text = new TextDecoder().decode(styleXml);
      files[STYLES] = encode(text.replace('</w:styles>', `${styles}</w:styles>`));
    }
    const document = files[DOCUMENT];
    if (!document) throw new Error(`DOCX 中缺少 ${DOCUMENT}`);
    let found = 0;
    const xml = new TextDecoder()
      .decode(document)
      .replace(PLACEHOLDER, (_, sectPr: string | undefined, n: string) => {
        found += 1;
        const pieces = this.chunks[Number(n)] ?? [];
        return sectPr ? endingSection(pieces, sectPr) : pieces.join('');
      });
    if (found !== this.chunks.length) throw new Error('DOCX 正文拼接不完整');
    files[DOCUMENT] = new TextEncoder().encode(xml);
    return zipSync(files);
  }
}
