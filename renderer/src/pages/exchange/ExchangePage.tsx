// 导入卷宗 page: what a received bundle would change, its conflicts, confirm, result and undo.
import { Alert, App, Button, Card, Col, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useApi } from '../../api/ApiContext';
import { isApiError } from '../../api/api-error';
import type { ExchangeApplyResult, ExchangePreview, RecordView } from '../../api/contract-types';
import { formatDateTime } from '../../format/date';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useT } from '../../i18n/I18nContext';
import { navigate } from '../../router/hash-router';
import { ConflictTable, conflictKey, type Pick } from './ConflictTable';

const COUNTS = ['added', 'updated', 'unchanged', 'older', 'deleted', 'conflicts'] as const;
const OUTCOME_COLOR: Record<RecordView['outcome'], string> = {
  new: 'green',
  updated: 'blue',
  unchanged: 'default',
  older: 'default',
  deleted: 'orange',
  conflict: 'red',
};
const OUTCOME_COUNT: Record<RecordView['outcome'], (typeof COUNTS)[number]> = {
  new: 'added',
  updated: 'updated',
  unchanged: 'unchanged',
  older: 'older',
  deleted: 'deleted',
  conflict: 'conflicts',
};

/**
 * 导入卷宗 (`#/exchange/<stagedId>`): what a received bundle would change, the conflicts side
 * by side with a pick each, then 确认导入; afterwards the summary, and 撤销 of the whole import.
 */
export function ExchangePage({ stagedId }: { stagedId: string }) {
  const api = useApi();
  const t = useT();
  const { message, modal } = App.useApp();
  const [result, setResult] = useState<ExchangeApplyResult | null>(null);
  const [picks, setPicks] = useState<Record<string, Pick>>({});
  const [busy, setBusy] = useState(false);
  const loaded = useApiQuery('exchange.preview', { stagedId });
  const preview: ExchangePreview | undefined = loaded.data;

  if (loaded.error && !preview) {
    const text = isApiError(loaded.error) ? loaded.error.message : String(loaded.error);
    return <Alert type="error" showIcon message={text} data-testid="exchange-error" />;
  }
  if (!preview) return <Card loading />;

  const waiting = preview.conflicts.filter((c) => !picks[conflictKey(c)]).length;
  const apply = async () => {
    setBusy(true);
    try {
      const choices = preview.conflicts.flatMap((c) => {
        const pick = picks[conflictKey(c)];
        return pick ? [{ collection: c.collection, id: c.id, path: c.path, pick }] : [];
      });
      setResult(await api['exchange.apply']({ stagedId, choices }));
    } catch (error) {
      if (!isApiError(error)) throw error;
      modal.error({ title: t('exchange.title'), content: error.message });
    } finally {
      setBusy(false);
    }
  };
  const undo = async () => {
    await api['undo.undo']({});
    setResult(null);
    void message.success(t('exchange.undone'));
  };

  // 专班协同's waiting conflicts, staged like a bundle: named as what they are, not a file.
  const fromSync = preview.source === 'sync';
  const columns: ColumnsType<RecordView> = [
    {
      title: t('trash.kind'),
      width: 90,
      render: (_: unknown, r) => t(`trash.kind.${r.collection}`),
    },
    { title: t('trash.name'), dataIndex: 'name' },
    {
      title: t('exchange.outcome'),
      width: 120,
      render: (_: unknown, r) => (
        <Tag color={OUTCOME_COLOR[r.outcome]}>
          {t(`exchange.count.${OUTCOME_COUNT[r.outcome]}`)}
        </Tag>
      ),
    },
    { title: t('exchange.changes'), render: (_: unknown, r) => r.fields.join('、') },
  ];

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="exchange-page">
      <Typography.Title level={3}>
        {t(fromSync ? 'exchange.sync.title' : 'exchange.title')}
      </Typography.Title>
      <Typography.Text data-testid="exchange-from">
        {fromSync
          ? t('exchange.sync.from', {
              groups: preview.workspaceName,
              time: formatDateTime(preview.createdAt),
            })
          : t('exchange.from', {
              sender: preview.sender,
              workspace: preview.workspaceName,
              time: formatDateTime(preview.createdAt),
              file: preview.fileName,
            })}
      </Typography.Text>
      <Card>
        <Row gutter={16}>
          {COUNTS.map((k) => (
            <Col key={k} span={4}>
              <Statistic
                data-testid={`exchange-count-${k}`}
                title={t(`exchange.count.${k}`)}
                value={(result ?? preview.counts)[k]}
              />
            </Col>
          ))}
        </Row>
      </Card>
      {result ? (
        <Alert
          type="success"
          showIcon
          data-testid="exchange-result"
          message={
            result.applied
              ? t('exchange.done', {
                  added: result.added,
                  updated: result.updated,
                  deleted: result.deleted,
                })
              : t('exchange.nothing')
          }
          action={
            result.applied ? (
              <Button data-testid="exchange-undo" onClick={() => void undo()}>
                {t('exchange.undo')}
              </Button>
            ) : undefined
          }
        />
      ) : (
        <>
          {preview.conflicts.length > 0 && (
            <Card title={t('exchange.conflicts')}>
              <ConflictTable
                conflicts={preview.conflicts}
                picks={picks}
                onPick={(key, pick) => setPicks((p) => ({ ...p, [key]: pick }))}
                onPickAll={(pick) =>
                  setPicks(Object.fromEntries(preview.conflicts.map((c) => [conflictKey(c), pick])))
                }
              />
            </Card>
          )}
          <Space>
            <Button
              type="primary"
              data-testid="exchange-confirm"
              disabled={waiting > 0}
              loading={busy}
              onClick={() => void apply()}
            >
              {t(fromSync ? 'exchange.sync.confirm' : 'exchange.confirm')}
            </Button>
            {waiting > 0 && (
              <Typography.Text type="warning">
                {t('exchange.waiting', { n: waiting })}
              </Typography.Text>
            )}
            <Button onClick={() => navigate('dashboard')}>{t('exchange.back')}</Button>
          </Space>
        </>
      )}
      <Card title={t('exchange.records')}>
        <Table
          data-testid="exchange-records"
          rowKey={(r) => `${r.collection}/${r.id}`}
          columns={columns}
          dataSource={preview.records.filter((r) => r.outcome !== 'unchanged')}
          size="small"
          pagination={{ pageSize: 20 }}
        />
      </Card>
    </Space>
  );
}
