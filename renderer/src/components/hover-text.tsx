// Cut table text with the whole of it on hover, for columns with `ellipsis: { showTitle: false }`.
import { Tooltip } from 'antd';
import { useEffect, useRef, useState, type ReactNode } from 'react';

/** How long the pointer rests on the text before the whole of it shows, in seconds. */
const DELAY_S = 0.4;

/**
 * A plain span until the pointer rests on it; only then the tooltip is made (open at once, then
 * it opens and closes itself). A page of 50 rows has ~300 such cells: a tooltip each made the
 * list's first paint several times slower.
 */
function HoverText({ text, children }: { text: string; children: ReactNode }) {
  const [armed, setArmed] = useState(false);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  if (armed) {
    return (
      <Tooltip title={text} placement="topLeft" mouseEnterDelay={DELAY_S} defaultOpen>
        <span>{children}</span>
      </Tooltip>
    );
  }
  return (
    <span
      onMouseEnter={() => {
        window.clearTimeout(timer.current);
        timer.current = window.setTimeout(() => setArmed(true), DELAY_S * 1000);
      }}
      onMouseLeave={() => window.clearTimeout(timer.current)}
    >
      {children}
    </span>
  );
}

/** Cut text with the whole of it on hover (a name is often longer than its column). */
export function hoverText(text: string, children: ReactNode = text) {
  return <HoverText text={text}>{children}</HoverText>;
}
