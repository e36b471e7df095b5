// Deletes a group after a confirmation naming it (and warning of its folios).
import {
  useCheckedDelete,
  type CheckedDeleteSpec,
} from '../../components/delete-check/useCheckedDelete';
import type { NamedRecord } from '../../components/useDeleteWithConfirm';

const GROUP: CheckedDeleteSpec<NamedRecord & { folioCount: number }> = {
  method: 'groups.delete',
  check: 'groups.deleteCheck',
  wayOut: 'moveFolios',
  confirmText: (group, t) => ({
    title: t('groups.deleteConfirmTitle', { name: group.name }),
    content: [
      group.folioCount > 0 ? t('groups.deleteHasFolios', { count: group.folioCount }) : '',
      t('groups.deleteConfirmBody'),
    ].join(''),
  }),
};

/** Deletes a group after a confirmation naming it, or moves its folios elsewhere first. */
export const useDeleteGroup = () => useCheckedDelete(GROUP);
