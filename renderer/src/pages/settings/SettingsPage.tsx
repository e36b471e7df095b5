import { Alert, App, Button, Card, Descriptions, Radio, Space } from 'antd';
import { useApi } from '../../api/ApiContext';
import { useConfirm } from '../../components/useConfirm';
import { useI18n } from '../../i18n/I18nContext';
import type { Lang } from '../../i18n/translate';
import { countsText } from '../startup/backup-text';
import { useWorkspace } from '../../workspace/WorkspaceContext';

/** 设置: language, what workspace is open, and removing the demo data. */
export function SettingsPage() {
  const api = useApi();
  const { t, lang, setLang } = useI18n();
  const confirm = useConfirm();
  const { message } = App.useApp();
  const { status, setStatus } = useWorkspace();
  const counts = countsText(t, status.counts);

  const removeDemo = () =>
    confirm({
      title: t('settings.removeDemoTitle'),
      content: t('settings.removeDemoBody', { counts }),
      okText: t('settings.removeDemo'),
      danger: true,
      onOk: async () => {
        const next = await api['workspace.removeDemo']({});
        void message.success(t('settings.demoRemoved'));
        setStatus(next);
      },
    });

  return (
    <Space orientation="vertical" size="middle" className="full-width">
      <Card title={t('settings.language')}>
        <Radio.Group
          value={lang}
          onChange={(event) => setLang(event.target.value as Lang)}
          options={[
            { value: 'zh-CN', label: t('settings.langZh') },
            { value: 'en', label: t('settings.langEn') },
          ]}
          data-testid="settings-language"
        />
      </Card>
      <Card title={t('settings.workspace')}>
        <Descriptions
          column={1}
          items={[
            { key: 'name', label: t('settings.workspaceName'), children: status.meta.name },
            { key: 'dir', label: t('settings.dataDir'), children: <code>{status.dataDir}</code> },
            { key: 'counts', label: t('settings.counts'), children: counts },
          ]}
        />
      </Card>
      {status.meta.isDemo && (
        <Card title={t('settings.demo')}>
          <Alert type="info" showIcon title={t('settings.demoHint')} className="block-gap-bottom" />
          <Button danger onClick={removeDemo} data-testid="remove-demo">
            {t('settings.removeDemo')}
          </Button>
        </Card>
      )}
    </Space>
  );
}
