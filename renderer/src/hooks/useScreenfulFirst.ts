// Rows in two steps: the window's worth first, the rest once that has been painted.
import { useState } from 'react';
import { usePainted } from './usePainted';
import { screenfulRows } from './screenful';

/**
 * `rows` to render: at first only as many as the window can show, the rest in a task after the
 * next frame has been painted, so a long page's first rows appear without waiting for those
 * below the fold. New rows (another page) come whole: only the first render is split.
 */
export function useScreenfulFirst<T>(rows: readonly T[]): readonly T[] {
  const [screenful] = useState(() => screenfulRows(window.innerHeight));
  const whole = usePainted(rows.length > screenful);
  const split = !whole && rows.length > screenful;
  return split ? rows.slice(0, screenful) : rows;
}
