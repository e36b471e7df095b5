// A failed load shown in the core's words; nothing while there is none.
import { Alert } from 'antd';
import { useErrorText } from './useNotifyError';

/** A failed load, in the core's words; nothing while there is none. */
export function LoadError({ error, spaced = true }: { error: unknown; spaced?: boolean }) {
  const errorText = useErrorText();
  if (error === undefined) return null;
  return (
    <Alert
      type="error"
      showIcon
      title={errorText(error)}
      className={spaced ? 'block-gap-bottom' : undefined}
    />
  );
}
