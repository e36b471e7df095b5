// How many table rows fill a window: the first render of a long page shows that many.

/** Rows of a table row's height at least: a window's height of them fills the screen. */
const ROW_HEIGHT = 40;

/**
 * What is at least above a list's first row (the header, the card's title, the filters and the
 * table's head): rows in that much height would be below the fold.
 */
const ABOVE_ROWS = 240;

/** Rows a window `height` pixels high shows of a list under the page's head (at least one). */
export function screenfulRows(height: number): number {
  return Math.max(1, Math.ceil((height - ABOVE_ROWS) / ROW_HEIGHT));
}
