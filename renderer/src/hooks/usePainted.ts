// Whether the first frame since mount has been painted: for parts that may appear a frame later.
import { useEffect, useState } from 'react';

/**
 * False at first; true in a task after the next frame has been painted (when `wait` is true),
 * and true from then on. Parts the first screen can do without render once it shows.
 */
export function usePainted(wait = true): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!wait || painted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [wait, painted]);
  return painted;
}
