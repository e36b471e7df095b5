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
 * 28 characters a line come from condensing every character by a whole number of twips, not
 * from a character grid: LibreOffice never draws a character narrower than its face, so on
 * Word's 公文 grid (cells of 16 pt − 0.21 pt) it gives every 16 pt character two cells, 14 a
 * line. 16 pt − 0.25 pt × 28 fits the block in Word and LibreOffice alike, as the PDF's `Tc` does.
 */
export const CHAR_SPACING = Math.floor(BLOCK.width / CHARS - SIZE.body * 20);

/**
 * Table text is off the line grid: an exact line of 12 pt × 1.45 and padding of 3 pt / 4 pt, as
 * the PDF's table layout. On the grid every 12 pt cell line would take a whole 29 pt body line.
 */
export const CELL_LINE = Math.round(SIZE.cell * 1.45 * 20);
export const CELL_MARGIN = { top: 60, bottom: 60, left: 80, right: 80 } as const;

/** Page numbers: the line's top 7 mm under the block; Word measures the footer from the page foot. */
export const FOOTER_DISTANCE = MARGIN.bottom - mmToTwip(7) - SIZE.pageNumber * 20;

/** The 内部资料 mark sits in the first page's header, above the block. */
export const HEADER_DISTANCE = mmToTwip(20);

/** 96 dpi pixels (what docx sizes pictures in) per twip. */
export const PX_PER_TWIP = 96 / 1440;
