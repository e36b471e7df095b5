// A person's open items: overdue checklist items and open blockers of the folios they lead or steward.
import { Card, Table, Typography } from 'antd';
import type { OpenBlocker, OverdueItem } from '../../api/contract-types';
import { useT } from '../../i18n/I18nContext';
import { routeHref } from '../../router/hash-router';

const folioLink = (row: { folioId: string; folioName: string }) => (
  <a href={routeHref('folios', row.folioId)}>{row.folioName}</a>
);

/** Overdue items and open blockers of the person's folios, oldest first, each opening its folio. */
export function PersonOpenItems({
  overdueItems,
  openBlockers,
}: {
  overdueItems: OverdueItem[];
  openBlockers: OpenBlocker[];
}) {
  const t = useT();
  const count = overdueItems.length + openBlockers.length;
  return (
    <Card title={t('personPage.open', { count })} data-testid="person-open-items">
      {count === 0 && <Typography.Text type="secondary">{t('personPage.noOpen')}</Typography.Text>}
      {overdueItems.length > 0 && (
        <Table<OverdueItem>
          rowKey="itemId"
          size="small"
          title={() => <Typography.Text strong>{t('personPage.overdue')}</Typography.Text>}
          data-testid="person-overdue-items"
          dataSource={overdueItems}
          pagination={{ defaultPageSize: 20, hideOnSinglePage: true }}
          columns={[
            { title: t('personPage.folio'), key: 'folio', render: (_, row) => folioLink(row) },
            { title: t('personPage.item'), dataIndex: 'text' },
            {
              title: t('personPage.due'),
              dataIndex: 'due',
              width: 120,
              render: (due: string) => <Typography.Text type="danger">{due}</Typography.Text>,
            },
          ]}
        />
      )}
      {openBlockers.length > 0 && (
        <Table<OpenBlocker>
          rowKey="blockerId"
          size="small"
          title={() => <Typography.Text strong>{t('personPage.blockers')}</Typography.Text>}
          data-testid="person-open-blockers"
          dataSource={openBlockers}
          pagination={{ defaultPageSize: 20, hideOnSinglePage: true }}
          columns={[
            { title: t('personPage.folio'), key: 'folio', render: (_, row) => folioLink(row) },
            { title: t('personPage.problem'), dataIndex: 'problem' },
            { title: t('personPage.department'), dataIndex: 'department', width: 160 },
            { title: t('personPage.raisedOn'), dataIndex: 'raisedOn', width: 120 },
          ]}
        />
      )}
    </Card>
  );
}
