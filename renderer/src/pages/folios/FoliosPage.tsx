// 项目: every folio, narrowed by the filters in the address, with totals, create, import and export.
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Input, Space, Typography } from 'antd';
import { lazy, Suspense, useCallback, useMemo, useRef, useState } from 'react';
import { useApi } from '../../api/ApiContext';
import type { FolioFilter } from '../../api/contract-types';
import { useErrorText } from '../../components/useNotifyError';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useT } from '../../i18n/I18nContext';
import { navigate, queryHref, useHashQuery } from '../../router/hash-router';
import { formatListQuery, parseListQuery } from './folio-filter';
import { ExportBundleButton } from '../exchange/ExportModal';
import { LedgerExportButton } from '../ledger/LedgerExportButton';
import { FolioFilterBar } from './FolioFilterBar';
import { FolioTable } from './FolioTable';
import { listSummaryParams } from './folio-cells';
import { FIRST_PAGE, pageRequest, type PageState } from './remote-table';

// The forms load when first opened: the list's first paint does without their code.
const FolioFormModal = lazy(() =>
  import('./FolioFormModal').then((m) => ({ default: m.FolioFormModal })),
);
const LedgerImportModal = lazy(() =>
  import('../ledger/LedgerImportModal').then((m) => ({ default: m.LedgerImportModal })),
);

/** The most ids 导出 Excel takes as the list's order (ledger.export's own bound). */
const EXPORT_ORDER_MAX = 50_000;

/**
 * 项目: every folio, narrowed by the filters in the address (`#/folios?stage=signed&overdue=1`,
 * so 工作台 can link here and the back button steps through filters), a quick text filter,
 * and create. The core filters, sorts and pages ('folios.page'): the page asks for the rows it
 * shows, so the first screen's payload stays small at any size.
 */
export function FoliosPage() {
  const api = useApi();
  const t = useT();
  const errorText = useErrorText();
  const address = useHashQuery();
  const { filter, table } = useMemo(() => parseListQuery(address), [address]);
  const [query, setQuery] = useState('');
  const [pageState, setPageState] = useState<PageState>(FIRST_PAGE);
  // A new filter or text starts again on the first page (same sort).
  const filterKey = `${formatListQuery({ filter, table })}\n${query}`;
  const [pagedFor, setPagedFor] = useState(filterKey);
  const state = useMemo(
    () => (pagedFor === filterKey ? pageState : { ...pageState, page: 1 }),
    [pagedFor, filterKey, pageState],
  );
  const request = useMemo(() => pageRequest(filter, query, state), [filter, query, state]);
  const folios = useApiQuery('folios.page', request);
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const [picked, setPicked] = useState<string[]>([]);
  const tableTop = useRef<HTMLDivElement>(null);

  const rows = folios.data?.rows ?? [];
  const remote = useMemo(
    () => ({
      state,
      total: folios.data?.total ?? 0,
      onChange: (next: PageState) => {
        setPagedFor(filterKey);
        setPageState(next);
      },
    }),
    [state, folios.data?.total, filterKey],
  );
  // 导出 of the list as shown: every matching id in its order, asked for when exporting.
  const exportOrder = useCallback(async () => {
    const all = await api['folios.page']({ ...request, offset: 0, limit: 1, withIds: true });
    return all.ids !== null && all.ids.length <= EXPORT_ORDER_MAX ? all.ids : undefined;
  }, [api, request]);
  const setFilter = (next: FolioFilter) => {
    window.location.hash = queryHref('folios', formatListQuery({ filter: next, table }));
  };

  return (
    <Card
      title={t('folios.title')}
      extra={
        <Space>
          <Button
            icon={<UploadOutlined />}
            onClick={() => setImporting(true)}
            data-testid="ledger-import"
          >
            {t('ledger.import')}
          </Button>
          <LedgerExportButton filter={filter} order={exportOrder} />
          {picked.length > 0 && (
            <ExportBundleButton
              scope={{ kind: 'folios', ids: picked }}
              scopeName={t('exchangeExport.scopeFolios', { n: picked.length })}
              label={t('exchangeExport.selected', { n: picked.length })}
              testId="export-selected"
            />
          )}
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="folio-create"
          >
            {t('folios.create')}
          </Button>
        </Space>
      }
    >
      <FolioFilterBar filter={filter} onChange={setFilter} />
      <Space wrap className="block-gap-bottom">
        <Input
          allowClear
          className="filter-input"
          placeholder={t('folios.search')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          data-testid="folios-filter"
        />
        <Typography.Text type="secondary" data-testid="folios-summary">
          {t('folios.summary', listSummaryParams(folios.data, t('unit.yi')))}
        </Typography.Text>
      </Space>
      {folios.error !== undefined && (
        <Alert type="error" showIcon title={errorText(folios.error)} className="block-gap-bottom" />
      )}
      <div ref={tableTop}>
        <FolioTable
          rows={rows}
          loading={folios.loading}
          testId="folios-table"
          remote={remote}
          selection={{ keys: picked, onChange: setPicked }}
        />
      </div>
      <Suspense>
        {importing && (
          <LedgerImportModal
            onClose={() => {
              setImporting(false);
              folios.reload();
            }}
          />
        )}
        {creating && (
          <FolioFormModal
            defaultGroupId={filter.groupId}
            onClose={() => setCreating(false)}
            onSaved={(created) => navigate('folios', created.id)}
          />
        )}
      </Suspense>
    </Card>
  );
}
