// 设置: operator, workspace name and chains, fonts, language, backups, demo removal and 关于.
import { Alert, App, Button, Card, Descriptions, Radio, Space, Typography } from 'antd';
import { useApi } from '../../api/ApiContext';
import { useConfirm } from '../../components/useConfirm';
import { useI18n } from '../../i18n/I18nContext';
import type { Lang } from '../../i18n/translate';
import { countsText } from '../startup/backup-text';
import { useWorkspace } from '../../workspace/WorkspaceContext';
import { BackupsCard } from './BackupsCard';
import { DataCard } from './DataCard';
import { AboutCard } from './AboutCard';
import { ChainsForm } from './ChainsForm';
import type { DemoRemovalPreview } from '../../api/contract-types';
import { useNotifyError } from '../../components/useNotifyError';
import { FontsCard } from './FontsCard';
import { SyncCard } from './SyncCard';
import { MetaTextForm } from './MetaTextForm';

/**
 * 设置: who is working at this desk, the workspace's name and chains, document fonts, language,
 * the recycle bin and the people list, 关于 (version, data folder, log), and removing the demo data.
 */
export function SettingsPage() {
  const api = useApi();
  const { t, lang, setLang } = useI18n();
  const confirm = useConfirm();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const { status, setStatus } = useWorkspace();
  const counts = countsText(t, status.counts);

  const removeDemo = async () => {
    let preview: DemoRemovalPreview;
    try {
      preview = await api['workspace.demoRemovalPreview']({});
    } catch (error) {
      notifyError(error);
      return;
    }
    const names = (list: { total: number; names: string[] }) =>
      list.names.join('、') + (list.total > list.names.length ? ' …' : '');
    confirm({
      title: t('settings.removeDemoTitle'),
      content: (
        <div data-testid="remove-demo-preview">
          <p>{t('settings.removeDemoBody', { counts })}</p>
          {preview.edited.total > 0 && (
            <p>
              {t('backups.demoEdited', { n: preview.edited.total, names: names(preview.edited) })}
            </p>
          )}
          {preview.kept.total > 0 && (
            <p>{t('backups.demoKept', { n: preview.kept.total, names: names(preview.kept) })}</p>
          )}
          {preview.own > 0 && <p>{t('backups.demoOwn', { n: preview.own })}</p>}
          <p>{t('backups.demoBackup')}</p>
        </div>
      ),
      okText: t('settings.removeDemo'),
      danger: true,
      onOk: async () => {
        const next = await api['workspace.removeDemo']({});
        void message.success(t('settings.demoRemoved'));
        setStatus(next);
      },
    });
  };

  return (
    <Space orientation="vertical" size="middle" className="full-width">
      <Card title={t('settings.operatorTitle')}>
        <Typography.Paragraph type="secondary">{t('settings.operatorHint')}</Typography.Paragraph>
        <MetaTextForm field="operator" placeholder={t('settings.operatorPlaceholder')} />
      </Card>
      <Card title={t('settings.workspace')}>
        <MetaTextForm field="name" />
        <div className="block-gap">
          <MetaTextForm field="issuerUnit" placeholder={status.meta.name} />
        </div>
        <Descriptions
          column={1}
          className="block-gap"
          items={[
            { key: 'dir', label: t('settings.dataDir'), children: <code>{status.dataDir}</code> },
            { key: 'counts', label: t('settings.counts'), children: counts },
          ]}
        />
      </Card>
      <Card title={t('settings.chainsTitle')}>
        <Typography.Paragraph type="secondary">{t('settings.chainsHint')}</Typography.Paragraph>
        <ChainsForm key={status.meta.chains.join('\n')} />
      </Card>
      <FontsCard />
      <BackupsCard />
      <SyncCard />
      <DataCard />
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
      <AboutCard />
      {status.meta.isDemo && (
        <Card title={t('settings.demo')}>
          <Alert type="info" showIcon title={t('settings.demoHint')} className="block-gap-bottom" />
          <Button danger onClick={() => void removeDemo()} data-testid="remove-demo">
            {t('settings.removeDemo')}
          </Button>
        </Card>
      )}
    </Space>
  );
}
