import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { FolioSummary } from '../../api/contract-types';
import { STAGE_VALUES } from '../../components/enum-options';
import { StageTag } from '../../components/StageTag';
import { formatDateTime } from '../../format/date';
import { wanNumber } from '../../format/money';
import { useT } from '../../i18n/I18nContext';
import { navigate, routeHref } from '../../router/hash-router';

interface Props {
  rows: FolioSummary[];
  loading?: boolean;
  /** Hide the group column inside a group's own page. */
  showGroup?: boolean;
  testId: string;
}

const byText = (a: string, b: string) => a.localeCompare(b, 'zh-CN');
const stageOrder = (stage: FolioSummary['stage']) => STAGE_VALUES.indexOf(stage);

/** Folios as a sortable table; each name opens the folio. Money in 万元. */
export function FolioTable({ rows, loading = false, showGroup = true, testId }: Props) {
  const t = useT();
  const columns: ColumnsType<FolioSummary> = [
    {
      title: t('folios.name'),
      dataIndex: 'name',
      sorter: (a, b) => byText(a.name, b.name),
      render: (name: string, folio) => (
        <a href={routeHref('folios', folio.id)} data-testid={`folio-open-${folio.id}`}>
          {name}
        </a>
      ),
    },
    ...(showGroup
      ? [
          {
            title: t('folios.group'),
            dataIndex: 'groupName',
            sorter: (a: FolioSummary, b: FolioSummary) => byText(a.groupName, b.groupName),
          },
        ]
      : []),
    {
      title: t('folios.enterprise'),
      dataIndex: 'enterpriseName',
      sorter: (a, b) => byText(a.enterpriseName, b.enterpriseName),
    },
    {
      title: t('folios.chain'),
      dataIndex: 'chain',
      width: 120,
      sorter: (a, b) => byText(a.chain, b.chain),
    },
    {
      title: t('folios.location'),
      dataIndex: 'location',
      sorter: (a, b) => byText(a.location, b.location),
    },
    {
      title: t('folios.stage'),
      dataIndex: 'stage',
      width: 120,
      sorter: (a, b) => stageOrder(a.stage) - stageOrder(b.stage),
      render: (_: unknown, folio) => <StageTag stage={folio.stage} />,
    },
    {
      title: t('folios.totalInvestmentWan'),
      dataIndex: 'totalInvestment',
      width: 130,
      align: 'right',
      sorter: (a, b) => a.totalInvestment - b.totalInvestment,
      render: (wan: number) => wanNumber(wan),
    },
    {
      title: t('folios.fundsInPlaceWan'),
      dataIndex: 'fundsInPlace',
      width: 130,
      align: 'right',
      sorter: (a, b) => a.fundsInPlace - b.fundsInPlace,
      render: (wan: number) => wanNumber(wan),
    },
    {
      title: t('folios.leader'),
      dataIndex: 'leaderName',
      width: 110,
      sorter: (a, b) => byText(a.leaderName, b.leaderName),
    },
    {
      title: t('folios.updatedAt'),
      dataIndex: 'updatedAt',
      width: 150,
      defaultSortOrder: 'descend',
      sorter: (a, b) => a.updatedAt.localeCompare(b.updatedAt),
      render: (iso: string) => formatDateTime(iso),
    },
  ];
  return (
    <Table<FolioSummary>
      rowKey="id"
      size="middle"
      data-testid={testId}
      loading={loading}
      columns={columns}
      dataSource={rows}
      onRow={(folio) => ({
        className: 'clickable-row',
        onClick: () => navigate('folios', folio.id),
      })}
      pagination={{ defaultPageSize: 50, hideOnSinglePage: true, showSizeChanger: true }}
      locale={{
        emptyText: <Typography.Text type="secondary">{t('folios.empty')}</Typography.Text>,
      }}
    />
  );
}
