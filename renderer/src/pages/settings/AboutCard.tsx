// 设置 → 关于: the version, the runtime, the data folder and the log to send to support.
import { Card, Descriptions, Typography } from 'antd';
import { LoadError } from '../../components/LoadError';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useT } from '../../i18n/I18nContext';

/** 设置 → 关于: the version, the runtime, the data folder and the log to send to support. */
export function AboutCard() {
  const t = useT();
  const about = useApiQuery('app.about', {});
  const info = about.data;
  return (
    <Card title={t('settings.aboutTitle')} data-testid="settings-about">
      {about.error !== undefined && !info ? (
        <LoadError error={about.error} />
      ) : (
        <>
          <Descriptions
            column={1}
            items={[
              {
                key: 'version',
                label: t('settings.aboutVersion'),
                children: <span data-testid="about-version">{info?.version ?? '…'}</span>,
              },
              { key: 'runtime', label: t('settings.aboutRuntime'), children: info?.runtime ?? '…' },
              {
                key: 'dir',
                label: t('settings.dataDir'),
                children: <code>{info?.dataDir ?? '…'}</code>,
              },
              {
                key: 'log',
                label: t('settings.aboutLog'),
                children: (
                  <code data-testid="about-log">
                    {info ? (info.logFile ?? t('settings.aboutNoLog')) : '…'}
                  </code>
                ),
              },
            ]}
          />
          <Typography.Paragraph type="secondary" className="block-gap">
            {t('settings.aboutHint')}
          </Typography.Paragraph>
        </>
      )}
    </Card>
  );
}
