import { App } from 'antd';
import { useCallback } from 'react';
import { useApi } from '../../api/ApiContext';
import { isApiError } from '../../api/api-error';
import { useConfirm } from '../../components/useConfirm';
import { useT } from '../../i18n/I18nContext';

interface Target {
  id: string;
  rev: number;
  name: string;
}

interface Callbacks {
  onDeleted: () => void;
  /** The record changed meanwhile (a `conflict`): reload to get its new revision. */
  onStale?: () => void;
}

const KINDS = {
  enterprise: { method: 'enterprises.delete', title: 'enterprise.deleteTitle' },
  person: { method: 'people.delete', title: 'people.deleteTitle' },
} as const;

/**
 * Deletes an enterprise or a person (into the recycle bin) after a confirmation naming it.
 * A refusal, e.g. a record still linked to folios, is shown in the core's words in a dialog
 * that stays until it is read.
 */
export function useDeleteRecord(
  kind: keyof typeof KINDS,
): (target: Target, callbacks: Callbacks) => void {
  const api = useApi();
  const t = useT();
  const confirm = useConfirm();
  const { message, modal } = App.useApp();
  const { method, title } = KINDS[kind];
  return useCallback(
    (target, { onDeleted, onStale }) =>
      confirm({
        title: t(title, { name: target.name }),
        content: t('directory.deleteToTrash'),
        okText: t('common.delete'),
        danger: true,
        onOk: async () => {
          try {
            await api[method]({ id: target.id, rev: target.rev });
          } catch (error) {
            if (!isApiError(error)) throw error;
            if (error.kind === 'conflict') onStale?.();
            modal.error({ title: t('directory.deleteRefused'), content: error.message });
            return;
          }
          void message.success(t('common.deleted'));
          onDeleted();
        },
      }),
    [api, t, confirm, message, modal, method, title],
  );
}
