// Deletes an enterprise or a person after a confirmation naming it; a refusal is shown.
import {
  useCheckedDelete,
  type CheckedDeleteSpec,
} from '../../components/delete-check/useCheckedDelete';
import type { DeleteSpec, NamedRecord } from '../../components/useDeleteWithConfirm';
import type { MessageKey } from '../../i18n/zh-CN';

const directorySpec = (
  method: DeleteSpec['method'],
  check: CheckedDeleteSpec<NamedRecord>['check'],
  title: MessageKey,
): CheckedDeleteSpec<NamedRecord> => ({
  method,
  check,
  wayOut: null,
  confirmText: (target, t) => ({
    title: t(title, { name: target.name }),
    content: t('directory.deleteToTrash'),
  }),
  refusedTitle: 'directory.deleteRefused',
});

const KINDS = {
  enterprise: directorySpec(
    'enterprises.delete',
    'enterprises.deleteCheck',
    'enterprise.deleteTitle',
  ),
  person: directorySpec('people.delete', 'people.deleteCheck', 'people.deleteTitle'),
};

/**
 * Deletes an enterprise or a person after a confirmation naming it. A refusal, e.g. a record
 * still linked to folios, stays on screen until it is read.
 */
export const useDeleteRecord = (kind: keyof typeof KINDS) => useCheckedDelete(KINDS[kind]);
