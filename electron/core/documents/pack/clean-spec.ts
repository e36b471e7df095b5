// Cleans the pack's own text (cover, titles, marks) as the briefings' text is cleaned before it is printed.
import { cleanLine } from '../clean-text';
import { isBriefing, type PackCover, type PackSection, type PackSpec } from './spec';

/**
 * The pack's own text as it may reach a page: what the briefings' pages already get from
 * `prepare.ts` (no control or format characters, NFC), on one line where a field is one line —
 * the cover, 密级, 份号, the contents' titles and the 说明 page's names.
 */
export function oneLine(text: string): string {
  return cleanLine(text).trim();
}

function cleanCover(cover: PackCover): PackCover {
  return {
    ...cover,
    title: oneLine(cover.title),
    date: oneLine(cover.date),
    ...(cover.subtitle === undefined ? {} : { subtitle: oneLine(cover.subtitle) }),
    ...(cover.classification === undefined
      ? {}
      : { classification: oneLine(cover.classification) }),
    ...(cover.issuer === undefined ? {} : { issuer: oneLine(cover.issuer) }),
  };
}

function cleanSection(section: PackSection): PackSection {
  const content = section.content;
  return {
    ...section,
    title: oneLine(section.title),
    ...(content && !isBriefing(content)
      ? { content: { ...content, name: oneLine(content.name) } }
      : {}),
    ...(section.children ? { children: section.children.map(cleanSection) } : {}),
  };
}

export function cleanPackSpec(spec: PackSpec): PackSpec {
  return { cover: cleanCover(spec.cover), sections: spec.sections.map(cleanSection) };
}
