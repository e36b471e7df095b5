// Cut table text with the whole of it on hover, for columns with `ellipsis: { showTitle: false }`.
import { Tooltip } from 'antd';
import type { ReactNode } from 'react';

/** Cut text with the whole of it on hover (a name is often longer than its column). */
export function hoverText(text: string, children: ReactNode = text) {
  return (
    <Tooltip title={text} placement="topLeft" mouseEnterDelay={0.4}>
      <span>{children}</span>
    </Tooltip>
  );
}
