/** The questions before unsaved input is thrown away: closing a changed form, leaving a page. */
import { App } from 'antd';
import { useCallback, useEffect } from 'react';
import { useT } from '../i18n/I18nContext';
import { setLeaveAsker } from '../router/leave-guard';
import { testId } from './testid';

/** Asks "放弃未保存的修改？" and calls `discard` if the person agrees. */
export function useAskDiscard(): (discard: () => void) => void {
  const { modal } = App.useApp();
  const t = useT();
  return useCallback(
    (discard) => {
      modal.confirm({
        title: t('unsaved.formTitle'),
        content: t('unsaved.formContent'),
        okText: t('unsaved.discard'),
        cancelText: t('unsaved.keep'),
        okButtonProps: { danger: true, ...testId('discard-ok') },
        cancelButtonProps: testId('discard-cancel'),
        onOk: discard,
      });
    },
    [modal, t],
  );
}

/** Puts the app's own "离开此页？" dialog in place of the browser's for navigation (the shell). */
export function useLeaveAsker(): void {
  const { modal } = App.useApp();
  const t = useT();
  useEffect(
    () =>
      setLeaveAsker((leave) => {
        modal.confirm({
          title: t('unsaved.pageTitle'),
          content: t('unsaved.pageContent'),
          okText: t('unsaved.leave'),
          cancelText: t('unsaved.keep'),
          okButtonProps: { danger: true, ...testId('leave-ok') },
          cancelButtonProps: testId('leave-cancel'),
          onOk: leave,
        });
      }),
    [modal, t],
  );
}
