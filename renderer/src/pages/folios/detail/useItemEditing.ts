// Which item of a record's list is open in its modal (a new one, or one being edited), and saving it.
import { useState } from 'react';
import type { Draft } from './types';
import type { ItemModalProps } from './useItemForm';

export interface ItemEditing<T extends { id: string }> {
  /** Whether the item modal is open. */
  open: boolean;
  add: () => void;
  edit: (item: T) => void;
  /** The open modal's props: spread them, `<ContactModal {...editing.modal} />`. */
  modal: ItemModalProps<T>;
}

/** The item modal of a list: opened to add or edit; a save that succeeds closes it. */
export function useItemEditing<T extends { id: string }>(
  save: (draft: Draft<T>) => Promise<unknown>,
): ItemEditing<T> {
  const [editing, setEditing] = useState<T | 'new' | null>(null);
  const close = () => setEditing(null);
  return {
    open: editing !== null,
    add: () => setEditing('new'),
    edit: setEditing,
    modal: {
      item: editing === 'new' || editing === null ? undefined : editing,
      onClose: close,
      onSubmit: async (draft) => {
        await save(draft);
        close();
      },
    },
  };
}
