// Asking before an item of a list is deleted: a red 删除 under a title naming the item.
import { useT } from '../i18n/I18nContext';
import { useConfirm } from './useConfirm';

export interface DeleteQuestion {
  /** Names the item: 删除「…」？ */
  title: string;
  content?: string;
  /** Deletes it; awaited while the dialog shows its button busy. */
  onOk: () => Promise<unknown>;
}

/** Asks before an item of a list is deleted, with a red 删除 button. */
export function useConfirmDelete(): (question: DeleteQuestion) => void {
  const t = useT();
  const confirm = useConfirm();
  return ({ title, content, onOk }) =>
    confirm({
      title,
      content,
      okText: t('common.delete'),
      danger: true,
      onOk: async () => {
        await onOk();
      },
    });
}
