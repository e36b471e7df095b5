// The app around a ready workspace: left navigation, header with search and undo, the routed page.
import {
  AppstoreOutlined,
  BankOutlined,
  CarOutlined,
  DashboardOutlined,
  DeleteOutlined,
  FileTextOutlined,
  FolderOpenOutlined,
  SettingOutlined,
} from '@ant-design/icons';
import { Layout, Menu, Tag, Typography } from 'antd';
import type { MenuProps } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { endEarlyReads } from '../api/early-reads';
import { GlobalSearch } from '../components/search/GlobalSearch';
import { testId } from '../components/testid';
import { SyncStatusTag } from '../components/SyncStatusTag';
import { UndoButton } from '../components/UndoButton';
import { ImportBundleButton, useBundleImporter } from '../pages/exchange/ImportBundleButton';
import { bundleDropHandlers, useOpenedBundle } from '../pages/exchange/bundle-arrivals';
import { useT } from '../i18n/I18nContext';
import { navigate, SECTIONS, useRoute, type Section } from '../router/hash-router';
import { useWorkspace } from '../workspace/WorkspaceContext';
import { PageForRoute } from './PageForRoute';
import { usePainted } from '../hooks/usePainted';
import { useLeaveAsker } from '../components/useAskDiscard';

const ICONS: Record<Section, ReactNode> = {
  dashboard: <DashboardOutlined />,
  groups: <AppstoreOutlined />,
  folios: <FolderOpenOutlined />,
  enterprises: <BankOutlined />,
  trips: <CarOutlined />,
  documents: <FileTextOutlined />,
  trash: <DeleteOutlined />,
  settings: <SettingOutlined />,
};

/** The app around a ready workspace: left navigation, header, the page of the current route. */
export function Shell() {
  const t = useT();
  const route = useRoute();
  useLeaveAsker();
  const { status } = useWorkspace();
  const importer = useBundleImporter();
  useOpenedBundle(importer);
  // The first page took what was read for it early (children's effects run first).
  useEffect(() => endEarlyReads(), []);
  // The menu's items come a frame after the page: the list's first paint does not wait for them.
  const painted = usePainted();

  const items: MenuProps['items'] = SECTIONS.map((key) => ({
    key,
    icon: ICONS[key],
    label: t(`nav.${key}`),
    ...testId(`nav-${key}`),
  }));

  return (
    <Layout
      hasSider
      className="shell"
      {...bundleDropHandlers(importer, window.dossierFiles?.pathOf)}
    >
      <Layout.Sider theme="light" width={200} className="shell-sider">
        <div className="shell-brand">{t('app.title')}</div>
        <Menu
          mode="inline"
          className="shell-menu"
          selectedKeys={[route.section]}
          items={painted ? items : []}
          onClick={({ key }) => navigate(key as Section)}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="shell-header">
          <Typography.Text strong className="shell-workspace" data-testid="workspace-name">
            {status.meta.name}
          </Typography.Text>
          {status.meta.isDemo && (
            <Tag color="orange" data-testid="demo-tag">
              {t('header.demoTag')}
            </Tag>
          )}
          <GlobalSearch />
          <SyncStatusTag />
          <ImportBundleButton importer={importer} />
          <UndoButton />
        </Layout.Header>
        <Layout.Content className="shell-content">
          <PageForRoute route={route} />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
