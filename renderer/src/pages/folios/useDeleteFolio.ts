// Deletes a folio after a confirmation naming it; sends its rev.
import { useDeleteWithConfirm, type DeleteSpec } from '../../components/useDeleteWithConfirm';

const FOLIO: DeleteSpec = {
  method: 'folios.delete',
  confirmText: (folio, t) => ({
    title: t('folios.deleteConfirmTitle', { name: folio.name }),
    content: t('folios.deleteConfirmBody'),
  }),
};

/** Deletes a folio after a confirmation naming it; sends its `rev`. */
export const useDeleteFolio = () => useDeleteWithConfirm(FOLIO);
