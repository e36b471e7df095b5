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
  folioCount: number;
}

interface Callbacks {
  onDeleted: () => void;
  /** The group changed meanwhile (a `conflict`): reload to get its new revision. */
  onStale?: () => void;
}

/**
 * Deletes a group after a confirmation naming it. The `rev` goes along, so a group someone
 * changed meanwhile is not deleted blind; a refusal is shown in the core's words.
 */
export function useDeleteGroup(): (group: Target, callbacks: Callbacks) => void {
  const api = useApi();
  const t = useT();
  const confirm = useConfirm();
  const { message } = App.useApp();
  return useCallback(
    (group, { onDeleted, onStale }) =>
      confirm({
        title: t('groups.deleteConfirmTitle', { name: group.name }),
        content: [
          group.folioCount > 0 ? t('groups.deleteHasFolios', { count: group.folioCount }) : '',
          t('groups.deleteConfirmBody'),
        ].join(''),
        okText: t('common.delete'),
        danger: true,
        onOk: async () => {
          try {
            await api['groups.delete']({ id: group.id, rev: group.rev });
          } catch (error) {
            if (isApiError(error) && error.kind === 'conflict') onStale?.();
            throw error;
          }
          void message.success(t('common.deleted'));
          onDeleted();
        },
      }),
    [api, t, confirm, message],
  );
}
