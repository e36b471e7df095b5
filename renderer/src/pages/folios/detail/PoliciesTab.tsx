// The folio's 政策包 tab: what is offered to the investor, grouped by kind, with amounts and status.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Wan } from '../../../components/Money';
import { testId } from '../../../components/testid';
import { useConfirm } from '../../../components/useConfirm';
import { wanNumber } from '../../../format/money';
import { useT } from '../../../i18n/I18nContext';
import { removeItem, upsertItem } from './list-edit';
import { POLICY_KINDS } from '../../../components/enum-options';
import { POLICY_STATUS_COLORS } from './policy-options';
import { PolicyModal } from './PolicyModal';
import type { Draft, PolicyItem } from './types';
import { rowTestId } from './row-testid';
import type { FolioEditor } from './useFolioEditor';

const sumOf = (items: readonly PolicyItem[]) =>
  items.reduce((sum, item) => sum + (item.amount ?? 0), 0);
const hasAmounts = (items: readonly PolicyItem[]) => items.some((item) => item.amount !== null);

/** 政策包: what is offered to the investor, grouped by kind, with amounts and where it stands. */
export function PoliciesTab({ editor }: { editor: FolioEditor }) {
  const t = useT();
  const confirm = useConfirm();
  const [editing, setEditing] = useState<PolicyItem | 'new' | null>(null);
  const { policies } = editor.folio;
  const empty = t('common.empty');

  const remove = (item: PolicyItem) =>
    confirm({
      title: t('folioDetail.deleteItemTitle', { name: item.content }),
      okText: t('common.delete'),
      danger: true,
      onOk: async () => {
        await editor.save({ policies: removeItem(editor.folio.policies, item.id) });
      },
    });

  const columns: ColumnsType<PolicyItem> = [
    {
      title: t('folioDetail.policyContent'),
      dataIndex: 'content',
      render: (content: string, item) => (
        <Space size={4} wrap>
          {item.financeKind && <Tag>{t(`folioDetail.financeKind.${item.financeKind}`)}</Tag>}
          {content}
        </Space>
      ),
    },
    {
      title: t('folioDetail.amountWan'),
      dataIndex: 'amount',
      width: 140,
      align: 'right',
      render: (amount: number | null) => (amount === null ? empty : wanNumber(amount)),
    },
    {
      title: t('folioDetail.status'),
      dataIndex: 'status',
      width: 100,
      render: (status: PolicyItem['status']) => (
        <Tag color={POLICY_STATUS_COLORS[status]}>{t(`folioDetail.policyStatus.${status}`)}</Tag>
      ),
    },
    {
      title: t('common.actions'),
      width: 130,
      render: (_: unknown, item) => (
        <Space size={0}>
          <Button size="small" type="link" onClick={() => setEditing(item)}>
            {t('common.edit')}
          </Button>
          <Button size="small" type="link" danger onClick={() => remove(item)}>
            {t('common.delete')}
          </Button>
        </Space>
      ),
    },
  ];

  const groups = POLICY_KINDS.map((kind) => ({
    kind,
    items: policies.filter((item) => item.kind === kind),
  })).filter((group) => group.items.length > 0);

  return (
    <>
      <Space className="block-gap-bottom" wrap>
        <Button icon={<PlusOutlined />} onClick={() => setEditing('new')} {...testId('policy-add')}>
          {t('folioDetail.addPolicy')}
        </Button>
        <Typography.Text type="secondary">
          {t('folioDetail.policyCount', { count: policies.length })}
          {hasAmounts(policies) && (
            <>
              {t('folioDetail.policyTotal')}
              <Wan wan={sumOf(policies)} />
            </>
          )}
        </Typography.Text>
      </Space>
      {groups.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
      {groups.map(({ kind, items }, index) => (
        <div key={kind} className="block-gap-bottom" data-testid={`policy-group-${kind}`}>
          <Typography.Title level={5}>
            {t(`folioDetail.policyKind.${kind}`)}
            <Typography.Text type="secondary">
              {' '}
              {t('folioDetail.policyGroupCount', { count: items.length })}
              {hasAmounts(items) && (
                <>
                  {t('folioDetail.policyGroupSum')}
                  <Wan wan={sumOf(items)} />
                </>
              )}
            </Typography.Text>
          </Typography.Title>
          <Table<PolicyItem>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={items}
            pagination={false}
            // The columns line up across kinds: one header, over the first table, is enough.
            showHeader={index === 0}
            onRow={rowTestId('policy-row')}
          />
        </div>
      ))}
      {editing !== null && (
        <PolicyModal
          item={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSubmit={async (draft) => {
            await editor.save({
              policies: upsertItem<Draft<PolicyItem>>(editor.folio.policies, draft),
            });
            setEditing(null);
          }}
        />
      )}
    </>
  );
}
