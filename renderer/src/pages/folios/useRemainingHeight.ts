// The height left in the window below an element's top, less a reserve, kept current on resize.
import { type RefObject, useLayoutEffect, useState } from 'react';

/**
 * The height left in the window below `ref`'s top, less `reserve` (what must still fit under
 * it), but at least `min`; follows window resizes. For a scrolling body that fills the page.
 */
export function useRemainingHeight(
  ref: RefObject<HTMLElement | null>,
  reserve: number,
  min: number,
): number {
  const [height, setHeight] = useState(min);
  useLayoutEffect(() => {
    const measure = () => {
      const top = ref.current?.getBoundingClientRect().top ?? 0;
      setHeight(Math.max(min, Math.floor(window.innerHeight - top - reserve)));
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [ref, reserve, min]);
  return height;
}
