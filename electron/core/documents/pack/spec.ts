// The meeting pack's input types: cover, sections and their attachments, options and notices.
import type { DiscoverOptions } from '../fonts/discover';
import type { FontOptions, FontSet } from '../fonts/font-set';
import type { Briefing } from '../model';
import type { MissingGlyphPolicy } from '../pdf/1-text/glyph-items';

/** The pack's cover (封面). */
export interface PackCover {
  title: string;
  subtitle?: string;
  /** Shown as given, e.g. `2025年3月1日`. */
  date: string;
  /** 密级, e.g. `秘密★1年`. */
  classification?: string;
  /** 内部资料 注意保管, over the top left of the cover. */
  internal: boolean;
  /** 编印单位; also the file's author. */
  issuer?: string;
}

/** A PDF chosen for the pack; `bytes: null` when its file could not be found. */
export interface PdfAttachment {
  kind: 'pdf';
  name: string;
  bytes: Uint8Array | null;
}

/** A picture placed on a page of its own. */
export interface ImageAttachment {
  kind: 'image';
  name: string;
  format: 'png' | 'jpeg';
  bytes: Uint8Array | null;
}

export type SectionContent = Briefing | PdfAttachment | ImageAttachment;

export interface PackSection {
  title: string;
  /** Laid out first, then the children. */
  content?: SectionContent;
  children?: readonly PackSection[];
}

export interface PackSpec {
  cover: PackCover;
  sections: readonly PackSection[];
}

export interface PackOptions {
  /** Printed on both sides: every top-level section starts on a right-hand (odd) page. */
  duplex: boolean;
  /** 份号 of each copy, e.g. `['001', '002']`; empty: one copy without a 份号. */
  copyNumbers: readonly string[];
  fonts?: FontOptions;
  /** A font set already loaded (the bench reuses one). */
  fontSet?: FontSet;
  /** Shortcut for `fonts.discover`. */
  discover?: DiscoverOptions | false;
  /** As in `writeBriefingPdf`: `stop` (default) or draw 〓 for characters no face has. */
  missingGlyphs?: MissingGlyphPolicy;
  now?: Date;
}

/** Something left out of the pack, and why (also printed on the 说明 page). */
export interface PackNotice {
  name: string;
  reason: string;
  /** The material is in the pack, with a caveat (its fonts are not embedded). */
  included?: boolean;
}

export interface ContentsEntry {
  title: string;
  /** 1 for a top-level section. */
  level: number;
  /** The printed page number its section starts on. */
  page: number;
}

export type PackResult =
  | {
      ok: true;
      copies: { copyNumber: string | null; bytes: Uint8Array }[];
      pageCount: number;
      contents: ContentsEntry[];
      notices: PackNotice[];
      /** Characters drawn as 〓 (only with `missingGlyphs: 'replace'`). */
      missingGlyphs: string[];
      /** Plain-Chinese notes about fonts, e.g. a font file from 设置 that could not be read. */
      problems: string[];
    }
  | { ok: false; message: string };

export const isBriefing = (c: SectionContent): c is Briefing => !('kind' in c);
