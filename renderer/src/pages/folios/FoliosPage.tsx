import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Input, Select, Space, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useApi } from '../../api/ApiContext';
import { groupOptions, SEARCH_BY_LABEL } from '../../components/record-options';
import { useErrorText } from '../../components/useNotifyError';
import { formatYi } from '../../format/money';
import { useLoad } from '../../hooks/useLoad';
import { useT } from '../../i18n/I18nContext';
import { navigate } from '../../router/hash-router';
import { filterFolios } from './folio-filter';
import { FolioFormModal } from './FolioFormModal';
import { FolioTable } from './FolioTable';

/** 项目: every folio, with a quick text filter, a group filter, and create. */
export function FoliosPage() {
  const api = useApi();
  const t = useT();
  const errorText = useErrorText();
  const folios = useLoad(useCallback(() => api['folios.list']({}), [api]));
  const groups = useLoad(useCallback(() => api['groups.list']({}), [api]));
  const [query, setQuery] = useState('');
  const [groupId, setGroupId] = useState<string | undefined>(undefined);
  const [creating, setCreating] = useState(false);

  const rows = useMemo(
    () => filterFolios(folios.data ?? [], query, groupId, t),
    [folios.data, query, groupId, t],
  );
  const total = rows.reduce((sum, row) => sum + row.totalInvestment, 0);
  const funds = rows.reduce((sum, row) => sum + row.fundsInPlace, 0);

  return (
    <Card
      title={t('folios.title')}
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setCreating(true)}
          data-testid="folio-create"
        >
          {t('folios.create')}
        </Button>
      }
    >
      <Space wrap className="block-gap-bottom">
        <Input
          allowClear
          className="filter-input"
          placeholder={t('folios.search')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          data-testid="folios-filter"
        />
        <Select
          allowClear
          className="filter-select"
          placeholder={t('folios.allGroups')}
          showSearch={SEARCH_BY_LABEL}
          value={groupId}
          onChange={(value: string | undefined) => setGroupId(value)}
          options={groupOptions(groups.data ?? [])}
          data-testid="folios-group-filter"
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
      <FolioTable rows={rows} loading={folios.loading} testId="folios-table" />
      {creating && (
        <FolioFormModal
          defaultGroupId={groupId}
          onClose={() => setCreating(false)}
          onSaved={(created) => navigate('folios', created.id)}
        />
      )}
    </Card>
  );
}
