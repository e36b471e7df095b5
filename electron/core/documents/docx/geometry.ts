/**
 * GB/T 9704 page geometry in twips (1/20 pt), written as literal numbers: docx's
 * `convertMillimetersToTwip` rounds down, which would leave every margin a little short.
 */
export const mmToTwip = (mm: number): number => Math.round((mm * 1440) / 25.4);

/** A4 exactly as Word writes it. */
export const PAGE = { width: 11906, height: 16838 } as const;

export const MARGIN = {
  top: mmToTwip(37),
  bottom: mmToTwip(35),
  left: mmToTwip(28),
  right: mmToTwip(26),
} as const;

/** The text block: 156 × 225 mm. */
export const BLOCK = {
  width: PAGE.width - MARGIN.left - MARGIN.right,
  height: PAGE.height - MARGIN.top - MARGIN.bottom,
} as const;

/** Font sizes in points. */
export const SIZE = { body: 16, title: 22, caption: 14, cell: 12, pageNumber: 14, mark: 14 };

const LINES = 22;
const CHARS = 28;

/** Rounded down so 22 lines still fit the block. */
export const LINE_PITCH = Math.floor(BLOCK.height / LINES);

/**
 * `charSpace` is the difference between a grid cell and the body size, in 1/4096 pt; rounded
 * down so 28 characters still fit a line (Word's own template for 公文 has −842).
 */
export const CHAR_SPACE = Math.floor((BLOCK.width / 20 / CHARS - SIZE.body) * 4096);

/** Page numbers: the line's top 7 mm under the block; Word measures the footer from the page foot. */
export const FOOTER_DISTANCE = MARGIN.bottom - mmToTwip(7) - SIZE.pageNumber * 20;

/** The 内部资料 mark sits in the first page's header, above the block. */
export const HEADER_DISTANCE = mmToTwip(20);

/** 96 dpi pixels (what docx sizes pictures in) per twip. */
export const PX_PER_TWIP = 96 / 1440;
