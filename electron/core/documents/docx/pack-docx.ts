// The meeting pack (会议材料) in Word: cover with 份号, a contents field, every briefing, attachments listed.
import { unzipSync, zipSync } from 'fflate';
import { bodyChildren, type BodyChild } from './blocks';
import { coverFurniture, pageFurniture } from './furniture';
import { BLOCK, LINE_PITCH, SIZE } from './geometry';
import { ListNumbering } from './numbering';
import { BodyXml } from './splice';
import { STYLE } from './styles';
import { packDocx, wordSection, type WordSection } from './write-docx';
import { escapeXml, paragraph, textRuns } from './xml';
import type { Briefing } from '../model';
import { cleanPackSpec } from '../pack/clean-spec';
import { CONTENTS_TITLE } from '../pack/contents-page';
import { isBriefing, type PackSection, type PackSpec } from '../pack/spec';
import { prepareBriefing } from '../prepare';
import { titleLines } from '../words/title-lines';

export interface PackDocxOptions {
  /** 份号 of each copy; empty: one copy without a 份号. */
  copyNumbers: readonly string[];
  /**
   * The pages each briefing of the pack takes, in order (laid out as the PDF lays them): the
   * contents field is pre-filled with the page numbers they give. Without them it lists the
   * entries alone, and Word fills the numbers in when it updates the field on opening.
   */
  pageCounts?: readonly number[];
  /**
   * Printed on both sides, as the PDF pack's 双面: the contents and every part that opens a
   * top-level section start on a right-hand (odd) page.
   */
  duplex?: boolean;
}

export interface PackDocxResult {
  copies: { copyNumber: string | null; bytes: Uint8Array }[];
  problems: string[];
}

/** Where an attachment's page number would be: Word's pack lists it, the PDF pack holds it. */
export const ATTACHMENT_NOTE = '见PDF版';
const COPY_BOOKMARK = 'DossierCopyNumber';
/** Bookmark ids of our own, clear of any docx writes. */
const BOOKMARK_BASE = 9000;
/** The cover as the PDF pack's: the title from grid line 6, issuer and date ending on line 20. */
const TITLE_LINE = 6;
const FOOT_END = 20;
const COVER_TITLE = { size: 26, pitch: Math.round(26 * 1.6 * 20) };

interface Entry {
  title: string;
  level: number;
  /** The briefing at or after which the entry's part starts (its index), if any. */
  briefing: number | null;
  attachment: boolean;
}

/** The pack's entries in order (as the PDF's contents) and its briefings. */
function flatten(spec: PackSpec): { entries: Entry[]; briefings: Briefing[] } {
  const entries: Entry[] = [];
  const briefings: Briefing[] = [];
  const open: Entry[] = [];
  const walk = (sections: readonly PackSection[], level: number) => {
    for (const s of sections) {
      const attachment = s.content !== undefined && !isBriefing(s.content);
      const entry: Entry = { title: s.title, level, briefing: null, attachment };
      entries.push(entry);
      if (!attachment) open.push(entry);
      if (s.content && isBriefing(s.content)) {
        for (const e of open.splice(0)) e.briefing = briefings.length;
        briefings.push(s.content);
      }
      walk(s.children ?? [], level + 1);
    }
  };
  walk(spec.sections, 1);
  return { entries, briefings };
}

const fieldRuns = (code: string, result: string): string =>
  `<w:r><w:fldChar w:fldCharType="begin"/></w:r>` +
  `<w:r><w:instrText xml:space="preserve"> ${escapeXml(code)} </w:instrText></w:r>` +
  `<w:r><w:fldChar w:fldCharType="separate"/></w:r>` +
  (result === '' ? '' : textRuns(result)) +
  `<w:r><w:fldChar w:fldCharType="end"/></w:r>`;

/** A TC field: an entry of the contents field, in its level; an attachment has no page. */
const tcField = (entry: Entry): string =>
  fieldRuns(
    `TC "${entry.title.replace(/"/g, '”')}" \\l ${entry.level}${entry.attachment ? ' \\n' : ''}`,
    '',
  );

const bookmarkOf = (briefing: number) => `_TocDossierPack${briefing + 1}`;

/** The runs put at the start of a section's first paragraph. */
function leadingRuns(children: BodyChild[], runs: string): BodyChild[] {
  const [first, ...rest] = children;
  if (typeof first === 'string' && first.startsWith('<w:p>')) {
    const at = first.includes('</w:pPr>') ? first.indexOf('</w:pPr>') + 8 : 5;
    return [first.slice(0, at) + runs + first.slice(at), ...rest];
  }
  return [paragraph({}, runs), ...children];
}

/** 份号 and 密级 top left, the title in balanced lines, subtitle, then issuer and date. */
function coverChildren(spec: PackSpec, numbered: boolean): string[] {
  const { cover } = spec;
  const header: string[] = [];
  if (numbered)
    header.push(
      paragraph(
        { style: STYLE.header },
        `<w:bookmarkStart w:id="${BOOKMARK_BASE}" w:name="${COPY_BOOKMARK}"/>${textRuns('000')}` +
          `<w:bookmarkEnd w:id="${BOOKMARK_BASE}"/>`,
      ),
    );
  if (cover.classification)
    header.push(paragraph({ style: STYLE.header }, textRuns(cover.classification)));
  const blank = () => paragraph({ style: STYLE.header }, '');
  const lines = titleLines(cover.title, undefined, 16);
  const size = COVER_TITLE.size * 2;
  const titleRuns = lines
    .map(
      (line, i) =>
        `<w:r><w:rPr><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>` +
        `${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r>`,
    )
    .join('');
  const title = [paragraph({ style: STYLE.title, offGridLine: COVER_TITLE.pitch }, titleRuns)];
  if (cover.subtitle) title.push(paragraph({ style: STYLE.subtitle }, textRuns(cover.subtitle)));
  const foot = [cover.issuer, cover.date]
    .filter((t): t is string => Boolean(t))
    .map((t) => paragraph({ style: STYLE.subtitle }, textRuns(t)));
  const above = Math.max(0, TITLE_LINE - header.length);
  const used =
    (header.length + above + (cover.subtitle ? 1 : 0)) * LINE_PITCH +
    lines.length * COVER_TITLE.pitch;
  const between = Math.max(
    1,
    Math.floor(((FOOT_END - foot.length) * LINE_PITCH - used) / LINE_PITCH),
  );
  return [
    ...header,
    ...Array.from({ length: above }, blank),
    ...title,
    ...Array.from({ length: between }, blank),
    ...foot,
  ];
}

/** One contents line: the title indented by level, dot leaders to its page (a PAGEREF). */
function contentsLine(entry: Entry, page: number | null): string {
  const indent = (entry.level - 1) * 2 * SIZE.body * 20;
  const pPr =
    `<w:pPr><w:pStyle w:val="${STYLE.toc}"/><w:tabs><w:tab w:val="right" w:leader="middleDot" ` +
    `w:pos="${BLOCK.width}"/></w:tabs><w:ind w:left="${indent}" w:firstLine="0"/></w:pPr>`;
  const title = textRuns(entry.title, entry.level === 1);
  const tab = '<w:r><w:tab/></w:r>';
  if (entry.attachment) return `<w:p>${pPr}${title}${tab}${textRuns(ATTACHMENT_NOTE)}</w:p>`;
  if (entry.briefing === null) return `<w:p>${pPr}${title}</w:p>`;
  const ref = fieldRuns(
    `PAGEREF ${bookmarkOf(entry.briefing)} \\h`,
    page === null ? '' : String(page),
  );
  return `<w:p>${pPr}${title}${tab}${ref}</w:p>`;
}

/**
 * 目录: a real contents field (`TOC \f`, from the TC fields at each part's start) whose result
 * is written already, so Word and LibreOffice show the entries before any update.
 */
function contentsChildren(entries: readonly Entry[], pages: (e: Entry) => number | null): string[] {
  const lines = entries.map((e) => contentsLine(e, pages(e)));
  const begin =
    `<w:r><w:fldChar w:fldCharType="begin"/></w:r>` +
    `<w:r><w:instrText xml:space="preserve"> TOC \\f \\l "1-9" \\h \\z </w:instrText></w:r>` +
    `<w:r><w:fldChar w:fldCharType="separate"/></w:r>`;
  const end = `<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
  const withField = lines.map((line, i) => {
    let out = line;
    if (i === 0) out = out.replace('</w:pPr>', `</w:pPr>${begin}`);
    if (i === lines.length - 1) out = out.replace(/<\/w:p>$/, `${end}</w:p>`);
    return out;
  });
  return [
    paragraph({ style: STYLE.title, spacingAfter: LINE_PITCH }, textRuns(CONTENTS_TITLE)),
    ...withField,
    // The section break goes in a paragraph of its own, a point high: LibreOffice (7.4) prints
    // the contents page's number as "— —" when the field ends in the paragraph that ends it.
    paragraph({ offGridLine: 20 }, ''),
  ];
}

/** Pages the contents take: its title and gap, then one grid line an entry (two when long). */
function contentsPageCount(entries: readonly Entry[]): number {
  const perLine = Math.floor(BLOCK.width / (SIZE.body * 20)) - 3;
  const lines = entries.reduce(
    (n, e) => n + Math.ceil(([...e.title].length + (e.level - 1) * 2) / perLine),
    2,
  );
  return Math.max(1, Math.ceil(lines / 22));
}

/** The pack's briefings in order, as the Word pack sets them. */
export const packBriefings = (spec: PackSpec): Briefing[] => flatten(spec).briefings;

/** The document with the cover's 份号 set to one copy's. */
function stampCopy(files: Record<string, Uint8Array>, copyNumber: string): Uint8Array {
  const name = 'word/document.xml';
  const xml = new TextDecoder().decode(files[name]);
  const mark = new RegExp(
    `(<w:bookmarkStart w:id="${BOOKMARK_BASE}" w:name="${COPY_BOOKMARK}"/>[\\s\\S]*?<w:t xml:space="preserve">)000(</w:t>)`,
  );
  const stamped = xml.replace(
    mark,
    (_, a: string, b: string) => `${a}${escapeXml(copyNumber)}${b}`,
  );
  return zipSync({ ...files, [name]: new TextEncoder().encode(stamped) });
}

/**
 * 会议材料 as Word: the cover with 份号 (one file per numbered copy, as the PDF pack), 密级,
 * 内部资料 and the 草稿 watermark; 目录 as a contents field listing every part, the attachments
 * by name; then every briefing of the pack, a section each, page numbers running on from the
 * cover (page 1, unnumbered). Attachments are not embedded: the PDF pack carries them.
 */
export async function writePackDocx(
  raw: PackSpec,
  options: PackDocxOptions,
): Promise<PackDocxResult> {
  const spec = cleanPackSpec(raw);
  const { entries, briefings } = flatten(spec);
  const body = new BodyXml();
  const lists = new ListNumbering();
  const draft = briefings.some((b) => b.marks?.draft === true);
  const numbered = options.copyNumbers.length > 0;
  const contentsPages = contentsPageCount(entries);
  const duplex = options.duplex === true;
  // The parts that open a top-level section: in duplex each starts on a right-hand page.
  const opening = new Set(entries.filter((e) => e.level === 1).map((e) => e.briefing));
  const onRight = (i: number) => duplex && opening.has(i);
  const toOdd = (page: number) => (duplex && page % 2 === 0 ? page + 1 : page);
  const firstPages: number[] = [];
  let next = toOdd(2) + contentsPages;
  for (const [i, count] of (options.pageCounts ?? []).entries()) {
    if (onRight(i)) next = toOdd(next);
    firstPages.push(next);
    next += Math.max(1, count);
  }
  const pageOf = (e: Entry) => (e.briefing === null ? null : (firstPages[e.briefing] ?? null));

  const sections: WordSection[] = [
    {
      section: wordSection(
        coverChildren(spec, numbered),
        coverFurniture({ internal: spec.cover.internal, draft }),
        body,
      ),
      problems: [],
    },
    {
      section: wordSection(
        contentsChildren(entries, pageOf),
        pageFurniture({ internal: false, draft }),
        body,
        undefined,
        duplex,
      ),
      problems: [],
    },
  ];
  briefings.forEach((model, i) => {
    const prepared = prepareBriefing(model);
    const out = bodyChildren(prepared, lists);
    // The TC fields of the entries that start here, in order, inside a bookmark for PAGEREF.
    const starting = entries.filter(
      (e, n) =>
        e.briefing === i ||
        (e.attachment && entries.slice(n).find((f) => f.briefing !== null)?.briefing === i) ||
        (e.attachment &&
          i === briefings.length - 1 &&
          !entries.slice(n).some((f) => f.briefing !== null)),
    );
    const id = BOOKMARK_BASE + 1 + i;
    const runs =
      `<w:bookmarkStart w:id="${id}" w:name="${bookmarkOf(i)}"/>` +
      starting.map(tcField).join('') +
      `<w:bookmarkEnd w:id="${id}"/>`;
    const children = leadingRuns(out.children, runs);
    sections.push({
      section: wordSection(
        children,
        pageFurniture(prepared.marks, (firstPages[i] ?? 1) % 2 === 0),
        body,
        undefined,
        onRight(i),
      ),
      problems: out.problems,
    });
  });
  const meta = { title: spec.cover.title, author: spec.cover.issuer, updateFields: true };
  const built = await packDocx(sections, meta, body, lists);
  if (!numbered)
    return { copies: [{ copyNumber: null, bytes: built.bytes }], problems: built.problems };
  const files = unzipSync(built.bytes);
  return {
    copies: options.copyNumbers.map((copyNumber) => ({
      copyNumber,
      bytes: stampCopy(files, copyNumber),
    })),
    problems: built.problems,
  };
}
