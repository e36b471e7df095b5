/**
 * SEAM for the shared title split: the PDF engineer's word-aware, balanced (trapezoid/diamond)
 * line split of a title is to be exposed from the PDF side as a shared function; until it lands
 * the DOCX leaves the title to Word as one paragraph. When it does, return its lines here: the
 * title is written with a line break (`w:br`) between them, so Word and the PDF break alike.
 */
export function docxTitleLines(title: string): string[] {
  return [title];
}
