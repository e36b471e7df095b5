// The 客商 section's card, with tabs 客商 / 人员 that switch between the two lists.
import { Card } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/I18nContext';
import { navigate } from '../../router/hash-router';

type Tab = 'enterprises' | 'people';

/** The 客商 section's card, with tabs 客商 / 人员 that switch between the two lists. */
export function DirectoryCard({
  active,
  extra,
  children,
}: {
  active: Tab;
  extra?: ReactNode;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <Card
      activeTabKey={active}
      tabList={[
        { key: 'enterprises', label: t('directory.tabEnterprises') },
        { key: 'people', label: t('directory.tabPeople') },
      ]}
      onTabChange={(key) => navigate(key === 'people' ? 'people' : 'enterprises')}
      tabBarExtraContent={extra}
    >
      {children}
    </Card>
  );
}
