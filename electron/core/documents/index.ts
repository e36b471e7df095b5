/** The document engine's public face: the briefing model, its text, fonts and both writers. */
export type * from './model';
export { briefingText } from './briefing-text';
export { prepareBriefing, type PreparedBriefing } from './prepare';
export { discoverFaces, defaultFontDirs } from './fonts/discover';
export { loadFontSet, type FontOptions, type FontReportRow, type FontSet } from './fonts/font-set';
export { FONT_ROLES, ROLE_NAMES, type FontFileRef, type FontRole } from './fonts/roles';
export { writeBriefingPdf, type PdfOptions, type PdfResult } from './pdf/write-pdf';
export { writeBriefingDocx, type DocxResult } from './docx/write-docx';
export { assemblePack } from './pack/assemble-pack';
export type {
  ContentsEntry,
  ImageAttachment,
  PackCover,
  PackNotice,
  PackOptions,
  PackResult,
  PackSection,
  PackSpec,
  PdfAttachment,
  SectionContent,
} from './pack/spec';
