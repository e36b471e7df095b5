// An empty workspace's first screen: load the demo workspace or start blank.
import { FolderOpenOutlined } from '@ant-design/icons';
import { App, Button, Result, Space, Typography } from 'antd';
import { useState } from 'react';
import { useApi } from '../../api/ApiContext';
import type { WorkspaceStatus } from '../../api/contract-types';
import { useNotifyError } from '../../components/useNotifyError';
import { useT } from '../../i18n/I18nContext';

interface Props {
  onStatus: (status: WorkspaceStatus) => void;
  onStartEmpty: () => void;
}

/** An empty workspace: offer the demo workspace or a blank start. */
export function WelcomePage({ onStatus, onStartEmpty }: Props) {
  const api = useApi();
  const t = useT();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const [loading, setLoading] = useState(false);

  const loadDemo = async () => {
    setLoading(true);
    try {
      const next = await api['workspace.loadDemo']({});
      void message.success(t('welcome.demoLoaded'));
      onStatus(next);
    } catch (error) {
      notifyError(error);
      setLoading(false);
    }
  };

  return (
    <div className="page-center" data-testid="welcome-page">
      <Result
        icon={<FolderOpenOutlined className="welcome-icon" />}
        title={t('welcome.title')}
        subTitle={t('welcome.subtitle')}
        extra={
          <Space orientation="vertical" size="middle">
            <Space wrap>
              <Button
                type="primary"
                size="large"
                loading={loading}
                onClick={loadDemo}
                data-testid="load-demo"
              >
                {t('welcome.loadDemo')}
              </Button>
              <Button
                size="large"
                disabled={loading}
                onClick={onStartEmpty}
                data-testid="start-empty"
              >
                {t('welcome.startEmpty')}
              </Button>
            </Space>
            <Typography.Text type="secondary">{t('welcome.demoHint')}</Typography.Text>
          </Space>
        }
      />
    </div>
  );
}
