// Test helper: the table row that shows a text, on the whole page or inside one table.
import { screen, within } from '@testing-library/react';

/** The `<tr>` holding `text` (inside the table `tableTestId` when given); fails when there is none. */
export function rowOf(text: string, tableTestId?: string): HTMLElement {
  const scope = tableTestId === undefined ? screen : within(screen.getByTestId(tableTestId));
  const row = scope.getByText(text).closest<HTMLElement>('tr');
  if (!row) throw new Error(`no row for ${text}`);
  return row;
}
