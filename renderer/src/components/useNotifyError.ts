// Shows a failed call to the user in plain Chinese: as a toast, or as text for a page.
import { App } from 'antd';
import { useCallback } from 'react';
import { isApiError } from '../api/api-error';
import { useT } from '../i18n/I18nContext';

/** Shows a failed call to the user: the envelope's plain-Chinese message, or a generic one. */
export function useNotifyError(): (error: unknown) => void {
  const { message } = App.useApp();
  const t = useT();
  return useCallback(
    (error: unknown) => {
      if (isApiError(error)) {
        void message.error(error.message);
      } else {
        console.error(error);
        void message.error(t('common.unexpectedError'));
      }
    },
    [message, t],
  );
}

/** The text to show for an error in a page (not a toast). */
export function useErrorText(): (error: unknown) => string {
  const t = useT();
  return useCallback(
    (error: unknown) => (isApiError(error) ? error.message : t('common.unexpectedError')),
    [t],
  );
}
