import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useEffect } from 'react';
import { useT } from '../../i18n/I18nContext';
import { useWorkspace } from '../../workspace/WorkspaceContext';

/** For now: the workspace's counts and a sentence on what is coming. */
export function DashboardPage() {
  const t = useT();
  const { status, refresh } = useWorkspace();
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const { counts } = status;
  const stats = [
    { key: 'groups', title: t('nav.groups'), value: counts.groups },
    { key: 'folios', title: t('nav.folios'), value: counts.folios },
    { key: 'enterprises', title: t('nav.enterprises'), value: counts.enterprises },
    { key: 'people', title: t('dashboard.people'), value: counts.people },
  ];
  return (
    <div data-testid="dashboard">
      <Row gutter={[16, 16]}>
        {stats.map((stat) => (
          <Col key={stat.key} xs={12} lg={6}>
            <Card>
              <Statistic title={stat.title} value={stat.value} />
            </Card>
          </Col>
        ))}
      </Row>
      <Typography.Paragraph type="secondary" className="block-gap">
        {t('dashboard.intro')}
      </Typography.Paragraph>
    </div>
  );
}
