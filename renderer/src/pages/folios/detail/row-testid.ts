// For a table's `onRow`: every row carries `data-testid={id}`.
import type { HTMLAttributes } from 'react';

type RowProps = HTMLAttributes<HTMLElement> & { 'data-testid': string };

/** For a table's `onRow`: every row carries `data-testid={id}`. */
export function rowTestId(id: string): () => RowProps {
  const props: RowProps = { 'data-testid': id };
  return () => props;
}
