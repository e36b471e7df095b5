// A person's open items: overdue checklist items and open blockers of the folios they lead or steward.
import { Card, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { OpenBlocker, OverdueItem } from '../../api/contract-types';
import { useT } from '../../i18n/I18nContext';
import { routeHref } from '../../router/hash-router';

const folioLink = (row: { folioId: string; folioName: string }) => (
  <a href={routeHref('folios', row.folioId)}>{row.folioName}</a>
);

interface OpenListProps<T> {
  rowKey: keyof T & string;
  title: string;
  testId: string;
  rows: T[];
  /** The columns after 项目 (the folio, a link to it). */
  columns: ColumnsType<T>;
}

/** One list of open things, each row opening its folio; nothing shown when it is empty. */
function OpenList<T extends { folioId: string; folioName: string }>(props: OpenListProps<T>) {
  const { rowKey, title, testId, rows, columns } = props;
  const t = useT();
  if (rows.length === 0) return null;
  return (
    <Table<T>
      rowKey={rowKey}
      size="small"
      title={() => <Typography.Text strong>{title}</Typography.Text>}
      data-testid={testId}
      dataSource={rows}
      pagination={{ defaultPageSize: 20, hideOnSinglePage: true }}
      columns={[
        { title: t('personPage.folio'), key: 'folio', render: (_, row) => folioLink(row) },
        ...columns,
      ]}
    />
  );
}

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
      <OpenList<OverdueItem>
        rowKey="itemId"
        title={t('personPage.overdue')}
        testId="person-overdue-items"
        rows={overdueItems}
        columns={[
          { title: t('personPage.item'), dataIndex: 'text' },
          {
            title: t('personPage.due'),
            dataIndex: 'due',
            width: 120,
            render: (due: string) => <Typography.Text type="danger">{due}</Typography.Text>,
          },
        ]}
      />
      <OpenList<OpenBlocker>
        rowKey="blockerId"
        title={t('personPage.blockers')}
        testId="person-open-blockers"
        rows={openBlockers}
        columns={[
          { title: t('personPage.problem'), dataIndex: 'problem' },
          { title: t('personPage.department'), dataIndex: 'department', width: 160 },
          { title: t('personPage.raisedOn'), dataIndex: 'raisedOn', width: 120 },
        ]}
      />
    </Card>
  );
}
