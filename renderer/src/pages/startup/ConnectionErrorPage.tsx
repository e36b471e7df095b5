// Shown when workspace.status itself failed: no service, or a bad token in the web shell.
import { Button, Result } from 'antd';
import { useT } from '../../i18n/I18nContext';

/** `workspace.status` itself failed: no service, or a bad token in the web shell. */
export function ConnectionErrorPage({
  message,
  onRetry,
}: {
  message: string;
  onRetry: () => void;
}) {
  const t = useT();
  return (
    <div className="page-center" data-testid="connection-error">
      <Result
        status="warning"
        title={t('startup.connectionTitle')}
        subTitle={message}
        extra={
          <Button type="primary" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        }
      />
    </div>
  );
}
