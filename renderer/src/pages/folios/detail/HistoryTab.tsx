// The folio's 变更记录 tab: every recorded change, newest first: when, who, which field, old → new.
import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { formatDateTime } from '../../../format/date';
import { useT } from '../../../i18n/I18nContext';
import { rowTestId } from './row-testid';
import type { HistoryEntry } from './types';

type HistoryRow = HistoryEntry & { key: string };

/** 变更记录: every recorded change, newest first — when, who, which field, old → new. */
export function HistoryTab({ history }: { history: readonly HistoryEntry[] }) {
  const t = useT();
  const empty = t('common.empty');
  // Stable sort over the reversed list: of two changes at one instant, the later-recorded first.
  const rows = [...history]
    .reverse()
    .sort((a, b) => b.at.localeCompare(a.at))
    .map((entry, index) => ({ ...entry, key: String(index) }));

  const columns: ColumnsType<HistoryRow> = [
    {
      title: t('folioDetail.changedAt'),
      dataIndex: 'at',
      width: 150,
      render: (iso: string) => formatDateTime(iso),
    },
    { title: t('folioDetail.changedBy'), dataIndex: 'by', width: 110 },
    { title: t('folioDetail.field'), dataIndex: 'field', width: 160 },
    {
      title: t('folioDetail.change'),
      render: (_: unknown, entry) => (
        <>
          <Typography.Text type="secondary">{entry.from || empty}</Typography.Text>
          {' → '}
          <span>{entry.to || empty}</span>
        </>
      ),
    },
  ];

  return (
    <Table<HistoryRow>
      rowKey="key"
      size="small"
      columns={columns}
      dataSource={rows}
      onRow={rowTestId('history-row')}
      pagination={{ defaultPageSize: 50, hideOnSinglePage: true, showSizeChanger: true }}
    />
  );
}
