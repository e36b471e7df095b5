/**
 * GB/T 9704-2012 page geometry in PDF points (y grows upwards from the page's bottom edge).
 * A4; margins top 37 mm, bottom 35, left 28, right 26; a text block of 156 × 225 mm holding
 * 22 lines of 28 characters of 三号 (16 pt) 仿宋.
 */
export const MM = 72 / 25.4;

export const PAGE = { width: 595.28, height: 841.89 } as const;

export const BLOCK = {
  left: 28 * MM,
  right: PAGE.width - 26 * MM,
  top: PAGE.height - 37 * MM,
  bottom: 35 * MM,
  width: 156 * MM,
  height: 225 * MM,
} as const;

export const BODY_SIZE = 16;
export const CHARS_PER_LINE = 28;
export const LINES_PER_PAGE = 22;

/** Distance between baselines: 22 lines fill the block's height. */
export const LINE_PITCH = BLOCK.height / LINES_PER_PAGE;

/**
 * Extra space after every character (PDF `Tc`) so that 28 full-width characters span the
 * block's width exactly: 28 advances and 27 gaps (the last character's spacing hangs outside).
 */
export const BODY_SPACING = (BLOCK.width - CHARS_PER_LINE * BODY_SIZE) / (CHARS_PER_LINE - 1);

/** One character cell of the body grid (advance plus spacing). */
export const BODY_CELL = BODY_SIZE + BODY_SPACING;

/** The ideographic em box sits 0.88 em above and 0.12 em below the baseline. */
export const EM_ASCENT = 0.88;

/** Baseline of a line whose box of height `pitch` starts at `top`, the em box centred in it. */
export function baselineIn(top: number, pitch: number, size: number): number {
  return top - (pitch - size) / 2 - size * EM_ASCENT;
}

export const PAGE_NUMBER = {
  size: 14,
  /** 7 mm below the block to the top of the number's em box. */
  gap: 7 * MM,
  /** One character in from the block's edge. */
  inset: 14,
} as const;
