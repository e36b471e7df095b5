// A confirmation dialog before anything that cannot be undone, with a spinner while it runs.
import { App } from 'antd';
import { useCallback, type ReactNode } from 'react';
import { useT } from '../i18n/I18nContext';
import { testId } from './testid';
import { useNotifyError } from './useNotifyError';

export interface ConfirmOptions {
  title: ReactNode;
  content?: ReactNode;
  okText?: string;
  /** Red OK button, for deletions. */
  danger?: boolean;
  /** Runs when confirmed; the dialog shows a spinner meanwhile. A failure is shown, then the dialog closes. */
  onOk: () => Promise<void>;
}

/** A confirmation dialog before anything that cannot be undone. Its OK button is `confirm-ok`. */
export function useConfirm(): (options: ConfirmOptions) => void {
  const { modal } = App.useApp();
  const t = useT();
  const notifyError = useNotifyError();
  return useCallback(
    ({ title, content, okText, danger, onOk }: ConfirmOptions) => {
      modal.confirm({
        title,
        content,
        okText: okText ?? t('common.ok'),
        cancelText: t('common.cancel'),
        okButtonProps: { danger: danger ?? false, ...testId('confirm-ok') },
        cancelButtonProps: testId('confirm-cancel'),
        onOk: async () => {
          try {
            await onOk();
          } catch (error) {
            notifyError(error);
          }
        },
      });
    },
    [modal, t, notifyError],
  );
}
