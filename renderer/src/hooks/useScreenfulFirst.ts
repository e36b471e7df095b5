// Rows in two steps: the window's worth first, the rest once that has been painted.
import { useState } from 'react';
import { usePainted } from './usePainted';

/** Rows of a table row's height at least: a window's height of them fills the screen. */
const ROW_HEIGHT = 40;

/**
 * What is at least above a list's first row (the header, the card's title, the filters and the
 * table's head): rows in that much height would be below the fold.
 */
const ABOVE_ROWS = 240;

/**
 * `rows` to render: at first only as many as the window can show, the rest in a task after the
 * next frame has been painted, so a long page's first rows appear without waiting for those
 * below the fold. New rows (another page) come whole: only the first render is split.
 */
export function useScreenfulFirst<T>(rows: readonly T[]): readonly T[] {
  const [screenful] = useState(() =>
    Math.max(1, Math.ceil((window.innerHeight - ABOVE_ROWS) / ROW_HEIGHT)),
  );
  const whole = usePainted(rows.length > screenful);
  const split = !whole && rows.length > screenful;
  return split ? rows.slice(0, screenful) : rows;
}
