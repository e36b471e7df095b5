import {
  LineRuleType,
  OnOffElement,
  Paragraph,
  type IContext,
  type IParagraphOptions,
  type IXmlableObject,
} from 'docx';

const nameOf = (element: unknown): string =>
  typeof element === 'object' && element !== null ? (Object.keys(element)[0] ?? '') : '';

const childrenOf = (element: IXmlableObject | undefined, name: string): unknown[] => {
  const content: unknown = element?.[name];
  return Array.isArray(content) ? content : [];
};

/**
 * A paragraph on an exact line of its own, off the document's line grid (`w:snapToGrid` 0).
 * Word lets an exact line override the grid; LibreOffice does not and gives every line of, say, a
 * 12 pt table cell a whole 29 pt grid line, so both are written. docx writes no paragraph
 * `snapToGrid`: it goes in just before `w:spacing`, as the schema orders them.
 */
export class OffGridParagraph extends Paragraph {
  constructor(lineTwips: number, options: IParagraphOptions) {
    super({
      ...options,
      spacing: { ...options.spacing, line: lineTwips, lineRule: LineRuleType.EXACT },
    });
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    const xml = super.prepForXml(context);
    const children = childrenOf(xml, 'w:p');
    const properties = children.find((c) => nameOf(c) === 'w:pPr') as IXmlableObject | undefined;
    const settings = childrenOf(properties, 'w:pPr');
    const at = settings.findIndex((s) => nameOf(s) === 'w:spacing');
    const offGrid = new OnOffElement('w:snapToGrid', false).prepForXml(context);
    if (!properties || at < 0 || !offGrid) return xml;
    const pPr = { 'w:pPr': [...settings.slice(0, at), offGrid, ...settings.slice(at)] };
    return { 'w:p': children.map((c) => (c === properties ? pPr : c)) };
  }
}
