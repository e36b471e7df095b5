import { App } from 'antd';
import { useCallback } from 'react';
import { useApi } from '../../api/ApiContext';
import { isApiError } from '../../api/api-error';
import { useConfirm } from '../../components/useConfirm';
import { useT } from '../../i18n/I18nContext';

interface Callbacks {
  onDeleted: () => void;
  /** The folio changed meanwhile (a `conflict`): reload to get its new revision. */
  onStale?: () => void;
}

/** Deletes a folio after a confirmation naming it; sends its `rev`. */
export function useDeleteFolio(): (
  folio: { id: string; rev: number; name: string },
  callbacks: Callbacks,
) => void {
  const api = useApi();
  const t = useT();
  const confirm = useConfirm();
  const { message } = App.useApp();
  return useCallback(
    (folio, { onDeleted, onStale }) =>
      confirm({
        title: t('folios.deleteConfirmTitle', { name: folio.name }),
        content: t('folios.deleteConfirmBody'),
        okText: t('common.delete'),
        danger: true,
        onOk: async () => {
          try {
            await api['folios.delete']({ id: folio.id, rev: folio.rev });
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
