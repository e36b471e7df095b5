import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Input, Space, Typography } from 'antd';
import { useMemo, useRef, useState } from 'react';
import type { FolioFilter } from '../../api/contract-types';
import { useErrorText } from '../../components/useNotifyError';
import { formatYi } from '../../format/money';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useT } from '../../i18n/I18nContext';
import { navigate, queryHref, useHashQuery } from '../../router/hash-router';
import { filterFolios, formatListQuery, parseListQuery } from './folio-filter';
import { ExportBundleButton } from '../exchange/ExportModal';
import { LedgerExportButton } from '../ledger/LedgerExportButton';
import { LedgerImportModal } from '../ledger/LedgerImportModal';
import { FolioFilterBar } from './FolioFilterBar';
import { FolioFormModal } from './FolioFormModal';
import { FolioTable } from './FolioTable';
import { useRemainingHeight } from './useRemainingHeight';

/** Below the table's top: its header row, the card's and the page's bottom padding. */
const BELOW_TABLE = 112;

/**
 * 项目: every folio, narrowed by the filters in the address (`#/folios?stage=signed&overdue=1`,
 * so 工作台 can link here and the back button steps through filters), a quick text filter,
 * and create.
 */
export function FoliosPage() {
  const t = useT();
  const errorText = useErrorText();
  const address = useHashQuery();
  const { filter, table } = useMemo(() => parseListQuery(address), [address]);
  const folios = useApiQuery('folios.list', filter);
  const [query, setQuery] = useState('');
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const [picked, setPicked] = useState<string[]>([]);
  const tableTop = useRef<HTMLDivElement>(null);
  const height = useRemainingHeight(tableTop, BELOW_TABLE, 360);

  const rows = useMemo(() => filterFolios(folios.data ?? [], query, t), [folios.data, query, t]);
  const shown = useMemo(() => new Set(rows.map((row) => row.id)), [rows]);
  const selected = picked.filter((id) => shown.has(id));
  const total = rows.reduce((sum, row) => sum + row.totalInvestment, 0);
  const funds = rows.reduce((sum, row) => sum + row.fundsInPlace, 0);
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
          <LedgerExportButton filter={filter} order={rows.map((row) => row.id)} />
          {selected.length > 0 && (
            <ExportBundleButton
              scope={{ kind: 'folios', ids: selected }}
              scopeName={t('exchangeExport.scopeFolios', { n: selected.length })}
              label={t('exchangeExport.selected', { n: selected.length })}
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
          {t('folios.summary', {
            count: rows.length,
            total: formatYi(total, t('unit.yi')),
            funds: formatYi(funds, t('unit.yi')),
          })}
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
          mode={table}
          height={height}
          selection={{ keys: selected, onChange: setPicked }}
        />
      </div>
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
    </Card>
  );
}
