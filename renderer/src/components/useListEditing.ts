// A list page's create / edit dialog: which record it edits, and what a save does next.
import { useState } from 'react';

/**
 * A list page's create / edit dialog. `record` is the record being edited (undefined when
 * creating). A save closes it; a new record then opens its own page when `openCreated` is given,
 * otherwise (and after an edit) the list reloads.
 */
export function useListEditing<T>(reload: () => void, openCreated?: (id: string) => void) {
  const [editing, setEditing] = useState<{ record?: T } | null>(null);
  return {
    open: editing !== null,
    record: editing?.record,
    create: () => setEditing({}),
    edit: (record: T) => setEditing({ record }),
    close: () => setEditing(null),
    saved: (saved: { id: string }) => {
      const created = editing?.record === undefined;
      setEditing(null);
      if (created && openCreated) openCreated(saved.id);
      else reload();
    },
  };
}
