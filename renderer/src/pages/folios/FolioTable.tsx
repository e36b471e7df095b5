// The folio table: sortable columns, virtual, paged or plain rows, optional row picking for export.
import { remoteChange, remoteColumns, remotePagination } from './remote-table';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, type ReactNode } from 'react';
import type { FolioSummary } from '../../api/contract-types';
import type { RemoteTable } from './remote-table';
import { STAGES } from '../../components/enum-options';
import { RecordTable } from '../../components/LoadedTable';
import { StageTag } from '../../components/StageTag';
import { hoverText } from '../../components/hover-text';
import { useScreenfulFirst } from '../../hooks/useScreenfulFirst';
import { FOLIO_CELL_TEXT, folioColumnClass } from './folio-cells';
import { useT } from '../../i18n/I18nContext';
import type { Translate } from '../../i18n/translate';
import { navigate, routeHref } from '../../router/hash-router';
import type { TableMode } from './folio-filter';

interface Props {
  rows: FolioSummary[];
  loading?: boolean;
  /** Hide the group column inside a group's own page. */
  showGroup?: boolean;
  testId: string;
  /** Pages of 50 (the default), one virtual scrolling table, or every row at once. */
  mode?: TableMode;
  /** Height of the scrolling body in virtual mode, in pixels. */
  height?: number;
  /** Check boxes to pick rows (导出所选): the picked ids and how they change. */
  selection?: { keys: string[]; onChange: (keys: string[]) => void };
  /** The rows are one page the core sorted: pages and sorting ask it for another. */
  remote?: RemoteTable;
}

// One collator for every comparison: sorting 10,000 rows calls it ~140,000 times.
const byText = new Intl.Collator('zh-CN').compare;
const stageOrder = (stage: FolioSummary['stage']) => STAGES.indexOf(stage);

type CountType = 'danger' | 'warning';
type NumericKey = 'overdueItems' | 'openBlockers' | 'totalInvestment' | 'fundsInPlace';

/**
 * A count as Typography.Text would show it (danger or warning and bold above 0, grey at 0), made
 * of plain spans with its classes: a page has two per row, and the component costs a render each.
 */
function countCell(count: number, text: string, type: CountType) {
  return count > 0 ? (
    <span className={`ant-typography ant-typography-${type}`}>
      <strong>{text}</strong>
    </span>
  ) : (
    <span className="ant-typography ant-typography-secondary">{text}</span>
  );
}

/**
 * Tuned for 1280×720, the common government laptop (about 960 px of table): the name, group,
 * stage, counts, money, 包抓领导 and 客商 fit without scrolling; 产业链, 地点 and 更新时间 follow
 * to the right. Cut text shows in full on hover.
 */
function folioColumns(t: Translate, showGroup: boolean): ColumnsType<FolioSummary> {
  const text = (
    key: 'name' | 'groupName' | 'leaderName' | 'enterpriseName' | 'chain' | 'location',
    title: string,
    width: number,
  ) => ({
    title,
    dataIndex: key,
    className: folioColumnClass(key),
    width,
    ellipsis: { showTitle: false },
    sorter: (a: FolioSummary, b: FolioSummary) => byText(String(a[key]), String(b[key])),
    render: (_: string, folio: FolioSummary) => hoverText(FOLIO_CELL_TEXT[key](folio)),
  });
  /** A right-aligned, sortable number column (money in 万元, counts). */
  const numeric = (
    key: NumericKey,
    title: string,
    width: number,
    show: (n: number, folio: FolioSummary) => ReactNode,
  ) => ({
    title,
    dataIndex: key,
    className: folioColumnClass(key),
    width,
    align: 'right' as const,
    sorter: (a: FolioSummary, b: FolioSummary) => a[key] - b[key],
    render: show,
  });
  const money = (key: 'totalInvestment' | 'fundsInPlace', title: string) =>
    numeric(key, title, 100, (_, folio) => FOLIO_CELL_TEXT[key](folio));
  const count = (key: 'overdueItems' | 'openBlockers', title: string, type: CountType) =>
    numeric(key, title, 64, (n, folio) => countCell(n, FOLIO_CELL_TEXT[key](folio), type));
  return [
    {
      ...text('name', t('folios.name'), 180),
      fixed: 'left',
      render: (name: string, folio) =>
        hoverText(
          name,
          <a href={routeHref('folios', folio.id)} data-testid={`folio-open-${folio.id}`}>
            {name}
          </a>,
        ),
    },
    ...(showGroup ? [text('groupName', t('folios.group'), 110)] : []),
    {
      title: t('folios.stage'),
      dataIndex: 'stage',
      className: folioColumnClass('stage'),
      width: 76,
      sorter: (a, b) => stageOrder(a.stage) - stageOrder(b.stage),
      render: (_: unknown, folio) => <StageTag stage={folio.stage} />,
    },
    count('overdueItems', t('folioList.overdue'), 'danger'),
    count('openBlockers', t('folioList.blockers'), 'warning'),
    money('totalInvestment', t('folios.totalInvestmentWan')),
    money('fundsInPlace', t('folios.fundsInPlaceWan')),
    text('leaderName', t('folios.leader'), 96),
    text('enterpriseName', t('folios.enterprise'), 130),
    text('chain', t('folios.chain'), 100),
    text('location', t('folios.location'), 120),
    {
      title: t('folios.updatedAt'),
      dataIndex: 'updatedAt',
      className: folioColumnClass('updatedAt'),
      width: 150,
      defaultSortOrder: 'descend',
      sorter: (a, b) => (a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : 0),
      render: (_: string, folio) => FOLIO_CELL_TEXT.updatedAt(folio),
    },
  ];
}

const SELECTION_WIDTH = 40;

const tableWidth = (columns: ColumnsType<FolioSummary>, selectable: boolean) =>
  columns.reduce(
    (sum, column) => sum + (typeof column.width === 'number' ? column.width : 0),
    selectable ? SELECTION_WIDTH : 0,
  );

/** Folios as a sortable table; each row opens the folio. Money in 万元. */
export function FolioTable({
  rows,
  loading = false,
  showGroup = true,
  testId,
  mode = 'paged',
  height = 560,
  selection,
  remote,
}: Props) {
  const t = useT();
  const local = useMemo(() => folioColumns(t, showGroup), [t, showGroup]);
  const columns = useMemo(() => (remote ? remoteColumns(local, remote) : local), [local, remote]);
  // A page of the core's list shows its first screenful first (the list's first paint).
  const staged = useScreenfulFirst(rows);
  const layout = remote
    ? {
        scroll: { x: tableWidth(columns, selection !== undefined) },
        pagination: remotePagination(remote),
        onChange: remoteChange(remote),
      }
    : mode === 'virtual'
      ? {
          virtual: true,
          scroll: { x: tableWidth(columns, selection !== undefined), y: height },
          pagination: false as const,
        }
      : {
          scroll: { x: tableWidth(columns, selection !== undefined) },
          pagination:
            mode === 'paged'
              ? { defaultPageSize: 50, hideOnSinglePage: true, showSizeChanger: true }
              : (false as const),
        };
  return (
    <RecordTable<FolioSummary>
      size="middle"
      rows={remote ? staged : rows}
      loading={loading}
      columns={columns}
      testId={testId}
      emptyText={t('folios.empty')}
      {...layout}
      rowSelection={
        selection && {
          fixed: true,
          columnWidth: SELECTION_WIDTH,
          selectedRowKeys: selection.keys,
          onChange: (keys) => selection.onChange(keys.map(String)),
          getCheckboxProps: (folio) => ({ 'aria-label': folio.name }),
        }
      }
      onRow={(folio) => ({
        className: 'clickable-row',
        onClick: (event) => {
          // A click on the row's check box picks it; it does not open the folio.
          if ((event.target as HTMLElement).closest('.ant-table-selection-column')) return;
          navigate('folios', folio.id);
        },
      })}
    />
  );
}
