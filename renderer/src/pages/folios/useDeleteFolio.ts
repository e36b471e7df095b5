// Deletes a folio after a confirmation naming it; sends its rev.
import {
  useCheckedDelete,
  type CheckedDeleteSpec,
} from '../../components/delete-check/useCheckedDelete';
import type { NamedRecord } from '../../components/useDeleteWithConfirm';

const FOLIO: CheckedDeleteSpec<NamedRecord> = {
  method: 'folios.delete',
  check: 'folios.deleteCheck',
  wayOut: 'unlinkTrips',
  confirmText: (folio, t) => ({
    title: t('folios.deleteConfirmTitle', { name: folio.name }),
    content: t('folios.deleteConfirmBody'),
  }),
};

/** Deletes a folio after a confirmation naming it (or unlinks it from its trips first); sends its `rev`. */
export const useDeleteFolio = () => useCheckedDelete(FOLIO);
