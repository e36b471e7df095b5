// Deleting a record after a confirmation naming it; refusals and conflicts shown to the user.
import { App } from 'antd';
import { useCallback } from 'react';
import { useApi } from '../api/ApiContext';
import { isApiError } from '../api/api-error';
import type { Translate } from '../i18n/translate';
import type { MessageKey } from '../i18n/zh-CN';
import { useT } from '../i18n/I18nContext';
import { useConfirm } from './useConfirm';

export interface DeleteTarget {
  id: string;
  rev: number;
}

export type NamedRecord = DeleteTarget & { name: string };

export interface DeleteCallbacks {
  onDeleted: () => void;
  /** The record changed meanwhile (a `conflict`): reload to get its new revision. */
  onStale?: () => void;
}

/** What deleting one kind of record takes; keep it a module-level constant (a hook dependency). */
export interface DeleteSpec<T extends DeleteTarget = NamedRecord> {
  method:
    'folios.delete' | 'groups.delete' | 'enterprises.delete' | 'people.delete' | 'trips.delete';
  /** The confirmation's title and body, naming the record. */
  confirmText: (target: T, t: Translate) => { title: string; content: string };
  /**
   * Show a refusal from the core (e.g. a record still linked to folios) in a dialog with this
   * title that stays until it is read; without it, the refusal is a passing notice.
   */
  refusedTitle?: MessageKey;
}

/**
 * Deletes a record (into the recycle bin) after a confirmation naming it. The `rev` goes along,
 * so a record someone changed meanwhile is not deleted blind.
 */
export function useDeleteWithConfirm<T extends DeleteTarget>({
  method,
  confirmText,
  refusedTitle,
}: DeleteSpec<T>): (target: T, callbacks: DeleteCallbacks) => void {
  const api = useApi();
  const t = useT();
  const confirm = useConfirm();
  const { message, modal } = App.useApp();
  return useCallback(
    (target, { onDeleted, onStale }) =>
      confirm({
        ...confirmText(target, t),
        okText: t('common.delete'),
        danger: true,
        onOk: async () => {
          try {
            await api[method]({ id: target.id, rev: target.rev });
          } catch (error) {
            if (!isApiError(error)) throw error;
            if (error.kind === 'conflict') onStale?.();
            if (refusedTitle === undefined) throw error;
            modal.error({ title: t(refusedTitle), content: error.message });
            return;
          }
          void message.success(t('common.deleted'));
          onDeleted();
        },
      }),
    [api, t, confirm, message, modal, method, confirmText, refusedTitle],
  );
}
