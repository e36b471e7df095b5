// Deletes a group after a confirmation naming it (and warning of its folios).
import {
  useDeleteWithConfirm,
  type DeleteSpec,
  type NamedRecord,
} from '../../components/useDeleteWithConfirm';

const GROUP: DeleteSpec<NamedRecord & { folioCount: number }> = {
  method: 'groups.delete',
  confirmText: (group, t) => ({
    title: t('groups.deleteConfirmTitle', { name: group.name }),
    content: [
      group.folioCount > 0 ? t('groups.deleteHasFolios', { count: group.folioCount }) : '',
      t('groups.deleteConfirmBody'),
    ].join(''),
  }),
};

/** Deletes a group after a confirmation naming it (and warning of its folios). */
export const useDeleteGroup = () => useDeleteWithConfirm(GROUP);
