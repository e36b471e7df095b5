// 设置's 数据 card: the recycle bin, the people list and exporting everything, each with its hint.
import { DeleteOutlined, TeamOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/I18nContext';
import type { MessageKey } from '../../i18n/zh-CN';
import { navigate, type Section, type SubPage } from '../../router/hash-router';
import { ExportBundleButton } from '../exchange/ExportModal';

/** One row of the card: what it is, a line saying what it is for, and its button. */
function row(key: string, label: string, hint: string, action: ReactNode) {
  const children = (
    <Space wrap>
      <Typography.Text type="secondary">{hint}</Typography.Text>
      {action}
    </Space>
  );
  return { key, label, children };
}

/** A button that opens another page (`settings-open-<page>`). */
function OpenPage({
  page,
  icon,
  label,
}: {
  page: Section | SubPage;
  icon: ReactNode;
  label: MessageKey;
}) {
  const t = useT();
  return (
    <Button icon={icon} onClick={() => navigate(page)} data-testid={`settings-open-${page}`}>
      {t(label)}
    </Button>
  );
}

/** 数据: the recycle bin and the people list (each opens its page), and 导出全部卷宗. */
export function DataCard() {
  const t = useT();
  const exportAll = (
    <ExportBundleButton
      scope={{ kind: 'all' }}
      scopeName={t('exchangeExport.scopeAll')}
      label={t('exchangeExport.all')}
      testId="export-all"
    />
  );
  return (
    <Card title={t('settings.dataTitle')}>
      <Descriptions
        column={1}
        items={[
          row(
            'trash',
            t('trash.title'),
            t('settings.trashHint'),
            <OpenPage page="trash" icon={<DeleteOutlined />} label="settings.openTrash" />,
          ),
          row(
            'people',
            t('people.pageTitle'),
            t('settings.peopleHint'),
            <OpenPage page="people" icon={<TeamOutlined />} label="settings.openPeople" />,
          ),
          row('exchange', t('exchangeExport.button'), t('exchangeExport.scopeHint'), exportAll),
        ]}
      />
    </Card>
  );
}
