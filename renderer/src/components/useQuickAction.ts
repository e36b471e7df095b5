// A one-click action (a save, a move): says so when it worked, shows the error when it did not.
import { App } from 'antd';
import { useCallback } from 'react';
import { useNotifyError } from './useNotifyError';

/** Runs a one-click action; on success shows `done` (if given), on failure the error. */
export function useQuickAction(): (action: () => Promise<unknown>, done?: string) => Promise<void> {
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  return useCallback(
    async (action, done) => {
      try {
        await action();
        if (done) void message.success(done);
      } catch (error) {
        notifyError(error);
      }
    },
    [message, notifyError],
  );
}
