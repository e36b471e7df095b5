// Deletes an enterprise or a person after a confirmation naming it; a refusal is shown.
import { useDeleteWithConfirm, type DeleteSpec } from '../../components/useDeleteWithConfirm';
import type { MessageKey } from '../../i18n/zh-CN';

const directorySpec = (method: DeleteSpec['method'], title: MessageKey): DeleteSpec => ({
  method,
  confirmText: (target, t) => ({
    title: t(title, { name: target.name }),
    content: t('directory.deleteToTrash'),
  }),
  refusedTitle: 'directory.deleteRefused',
});

const KINDS = {
  enterprise: directorySpec('enterprises.delete', 'enterprise.deleteTitle'),
  person: directorySpec('people.delete', 'people.deleteTitle'),
};

/**
 * Deletes an enterprise or a person after a confirmation naming it. A refusal, e.g. a record
 * still linked to folios, stays on screen until it is read.
 */
export const useDeleteRecord = (kind: keyof typeof KINDS) => useDeleteWithConfirm(KINDS[kind]);
