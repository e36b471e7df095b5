// Checks several briefings in one DOCX (a meeting pack): each in its own section, text in order.
import { describe, expect, it } from 'vitest';
import { briefingText } from '../../../electron/core/documents/briefing-text';
import { writeBriefingsDocx } from '../../../electron/core/documents/docx/write-docx';
import type { Briefing } from '../../../electron/core/documents/model';
import { docxText, readDocx, xmlParses } from './helpers/read-docx';
import { sampleBriefing } from './helpers/sample-briefing';

/** The body without the section properties that end a section from inside a paragraph. */
const withoutInnerSections = (xml: string) =>
  xml.replace(/<w:sectPr>[\s\S]*?<\/w:sectPr>(?=<\/w:pPr>)/g, '');

describe('DOCX writer: several briefings in one file (a meeting pack)', () => {
  it('gives each briefing a section of its own, with its text in order, whatever it ends with', async () => {
    const models: Briefing[] = [
      sampleBriefing(1, { pictures: true }), // ends with a picture's caption
      { ...sampleBriefing(1), marks: {} }, // ends with a table
      { title: { title: '' }, blocks: [] }, // no text at all
      { title: { title: '末篇简报' }, blocks: [{ kind: 'paragraph', text: '最后一段。' }] },
    ];
    const { bytes, problems } = await writeBriefingsDocx(models);
    const { document, numbering } = await readDocx(bytes);
    expect(problems).toEqual([]);
    expect(document.match(/<w:sectPr>/g)).toHaveLength(models.length);
    // Every section but the last is ended by a paragraph that holds its properties.
    expect(document.match(/<\/w:sectPr><\/w:pPr>/g)).toHaveLength(models.length - 1);
    expect(document).toMatch(/<\/w:sectPr><\/w:body>/);
    expect(docxText(withoutInnerSections(document), numbering)).toEqual(
      models.flatMap(briefingText),
    );
    const parsed = xmlParses(document);
    if (parsed !== null) expect(parsed).toBe(true);
  });
});
