// A trip page's tabs: 基本信息 · 代表团 · 联系人 · 日程 · 关联项目 · 材料版本 · 份号登记.
import { Tabs } from 'antd';
import { TabLabel } from '../../components/TabLabel';
import type { ReactNode } from 'react';
import type { TripDetail } from '../../api/contract-types';
import type { MessageKey } from '../../i18n/translate';
import { useT } from '../../i18n/I18nContext';
import { BasicsTab } from './BasicsTab';
import { DelegationsTab } from './DelegationsTab';
import { CopyRegisterTab } from './documents/CopyRegisterTab';
import { PackVersionsTab } from './documents/PackVersionsTab';
import { HostsTab } from './HostsTab';
import { LinksTab } from './LinksTab';
import { ScheduleTab } from './schedule/ScheduleTab';
import type { TripEditor } from './useTripEditor';

/** 基本信息 · 代表团 · 联系人 · 日程 · 关联项目 · 材料版本 · 份号登记 */
export function TripTabs({ detail, editor }: { detail: TripDetail; editor: TripEditor }) {
  const t = useT();
  const { trip } = editor;
  const itemCount = trip.days.reduce((n, day) => n + day.items.length, 0);
  const tab = (id: string, key: MessageKey, children: ReactNode, count = 0, warn = 0) => ({
    key: id,
    label: (
      <TabLabel
        testId={`trip-tab-${id}`}
        text={t(key)}
        count={count}
        alert={warn}
        alertColor="orange"
      />
    ),
    children,
  });

  return (
    <Tabs
      defaultActiveKey="basics"
      items={[
        tab('basics', 'trips.tab.basics', <BasicsTab editor={editor} />),
        tab(
          'delegations',
          'trips.tab.delegations',
          <DelegationsTab detail={detail} editor={editor} />,
          trip.ourDelegation.length + trip.theirDelegation.length,
        ),
        tab('hosts', 'trips.tab.hosts', <HostsTab editor={editor} />, trip.hosts.length),
        tab(
          'schedule',
          'trips.tab.schedule',
          <ScheduleTab detail={detail} editor={editor} />,
          itemCount,
          detail.clashes.length,
        ),
        tab(
          'links',
          'trips.tab.links',
          <LinksTab detail={detail} editor={editor} />,
          detail.folios.length,
        ),
        tab(
          'versions',
          'trips.tab.versions',
          <PackVersionsTab trip={trip} />,
          trip.packVersions.length,
        ),
        tab(
          'register',
          'trips.tab.register',
          <CopyRegisterTab editor={editor} />,
          trip.copyRegister.length,
        ),
      ]}
    />
  );
}
