// 导入卷宗's conflicts: one row per field, ours and theirs side by side, who and when, and a pick.
import { Button, Radio, Space, Typography } from 'antd';
import { SmallTable } from '../../components/SmallTable';
import type { ColumnsType } from 'antd/es/table';
import type { ConflictView } from '../../api/contract-types';
import { formatDateTime } from '../../format/date';
import { useT } from '../../i18n/I18nContext';

export type Pick = 'ours' | 'theirs';
export const conflictKey = (c: ConflictView) => `${c.collection}/${c.id}/${c.path}`;

/** One row per conflicting field: ours | theirs side by side, who and when, and a pick. */
export function ConflictTable(props: {
  conflicts: ConflictView[];
  picks: Record<string, Pick>;
  onPick: (key: string, pick: Pick) => void;
  onPickAll: (pick: Pick) => void;
}) {
  const t = useT();
  const side = (which: Pick) => (c: ConflictView) => {
    const s = c[which];
    return (
      <Space direction="vertical" size={0}>
        <Typography.Text strong={props.picks[conflictKey(c)] === which}>{s.value}</Typography.Text>
        <Typography.Text type="secondary">
          {t('exchange.byAt', { by: s.by, at: s.at ? formatDateTime(s.at) : '' })}
        </Typography.Text>
      </Space>
    );
  };
  const columns: ColumnsType<ConflictView> = [
    {
      title: t('exchange.field'),
      render: (_: unknown, c) => (
        <Space direction="vertical" size={0}>
          <Typography.Text strong>{c.recordName}</Typography.Text>
          <Typography.Text>{c.label}</Typography.Text>
        </Space>
      ),
    },
    { title: t('exchange.ours'), render: (_: unknown, c) => side('ours')(c) },
    { title: t('exchange.theirs'), render: (_: unknown, c) => side('theirs')(c) },
    {
      title: '',
      width: 220,
      render: (_: unknown, c) => (
        <Radio.Group
          data-testid={`exchange-pick-${c.id}-${c.path || 'record'}`}
          value={props.picks[conflictKey(c)]}
          onChange={(e) => props.onPick(conflictKey(c), e.target.value as Pick)}
          optionType="button"
          options={[
            { value: 'ours', label: t('exchange.pickOurs') },
            { value: 'theirs', label: t('exchange.pickTheirs') },
          ]}
        />
      ),
    },
  ];
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Button data-testid="exchange-all-ours" onClick={() => props.onPickAll('ours')}>
          {t('exchange.allOurs')}
        </Button>
        <Button data-testid="exchange-all-theirs" onClick={() => props.onPickAll('theirs')}>
          {t('exchange.allTheirs')}
        </Button>
      </Space>
      <SmallTable
        data-testid="exchange-conflicts"
        rowKey={conflictKey}
        columns={columns}
        dataSource={props.conflicts}
      />
    </>
  );
}
