// Whether a record page's edit dialog is open; a save closes it and reloads the page.
import { useState } from 'react';

/** A record page's edit dialog: `start` opens it, `close` shuts it, `saved` shuts it and reloads. */
export function useEditDialog(reload: () => void) {
  const [open, setOpen] = useState(false);
  return {
    open,
    start: () => setOpen(true),
    close: () => setOpen(false),
    saved: () => {
      setOpen(false);
      reload();
    },
  };
}
