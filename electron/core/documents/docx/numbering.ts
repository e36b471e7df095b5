/**
 * List numbers as Word numbering (word/numbering.xml), not digits typed before the text: an
 * ordered list is `1.` followed by a space (so `2. 3月29日` never reads as 2.3月29日), a bullet
 * list `•`. Each list is a numbering instance of its own, so every list starts at 1.
 */
import { SIZE } from './geometry';
import { DOCX_FACES } from './run-fonts';

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const ORDERED = 1;
const BULLET = 2;

function abstractNum(id: number, format: 'decimal' | 'bullet', text: string, suffix: string) {
  const face = DOCX_FACES.fangsong;
  return (
    `<w:abstractNum w:abstractNumId="${id}"><w:multiLevelType w:val="singleLevel"/>` +
    `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="${format}"/>` +
    `<w:suff w:val="${suffix}"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/>` +
    `<w:pPr><w:ind w:left="0" w:firstLine="${2 * SIZE.body * 20}" w:firstLineChars="200"/></w:pPr>` +
    `<w:rPr><w:rFonts w:ascii="${face}" w:cs="${face}" w:eastAsia="${face}" w:hAnsi="${face}"/>` +
    `<w:b w:val="0"/></w:rPr></w:lvl></w:abstractNum>`
  );
}

export class ListNumbering {
  private readonly lists: boolean[] = [];

  /** A new list's numbering instance (`w:numId`, from 1). */
  add(ordered: boolean): number {
    this.lists.push(ordered);
    return this.lists.length;
  }

  /** word/numbering.xml holding the two definitions and one instance per list. */
  xml(): string {
    const nums = this.lists
      .map(
        (ordered, i) =>
          `<w:num w:numId="${i + 1}"><w:abstractNumId w:val="${ordered ? ORDERED : BULLET}"/>` +
          `<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`,
      )
      .join('');
    return (
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="${W_NS}">` +
      abstractNum(ORDERED, 'decimal', '%1.', 'space') +
      abstractNum(BULLET, 'bullet', '•', 'nothing') +
      `${nums}</w:numbering>`
    );
  }
}
