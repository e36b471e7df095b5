// The folio's 政策包 tab: what is offered to the investor, grouped by kind, with amounts and status.
import { EditDeleteButtons } from '../../../components/EditDeleteButtons';
import { SmallTable } from '../../../components/SmallTable';
import { AddButton } from '../../../components/AddButton';
import { Empty, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Wan } from '../../../components/Money';
import { useConfirmDelete } from '../../../components/useConfirmDelete';
import { wanNumber } from '../../../format/money';
import { useT } from '../../../i18n/I18nContext';
import type { MessageKey } from '../../../i18n/translate';
import { removeItem, upsertItem } from './list-edit';
import { POLICY_KINDS } from '../../../components/enum-options';
import { POLICY_STATUS_COLORS } from './policy-options';
import { PolicyModal } from './PolicyModal';
import type { Draft, PolicyItem } from './types';
import { useItemEditing } from './useItemEditing';
import type { FolioEditor } from './useFolioEditor';

const sumOf = (items: readonly PolicyItem[]) =>
  items.reduce((sum, item) => sum + (item.amount ?? 0), 0);
const hasAmounts = (items: readonly PolicyItem[]) => items.some((item) => item.amount !== null);

/** How many policies there are and, when any has an amount, what they come to. */
function Tally(props: { items: readonly PolicyItem[]; count: MessageKey; sum: MessageKey }) {
  const { items, count, sum } = props;
  const t = useT();
  return (
    <>
      {t(count, { count: items.length })}
      {hasAmounts(items) && (
        <>
          {t(sum)}
          <Wan wan={sumOf(items)} />
        </>
      )}
    </>
  );
}

/** 政策包: what is offered to the investor, grouped by kind, with amounts and where it stands. */
export function PoliciesTab({ editor }: { editor: FolioEditor }) {
  const t = useT();
  const confirmDelete = useConfirmDelete();
  const editing = useItemEditing<PolicyItem>((draft) =>
    editor.save({ policies: upsertItem<Draft<PolicyItem>>(editor.folio.policies, draft) }),
  );
  const { policies } = editor.folio;
  const empty = t('common.empty');

  const remove = (item: PolicyItem) =>
    confirmDelete({
      title: t('folioDetail.deleteItemTitle', { name: item.content }),
      onOk: () => editor.save({ policies: removeItem(editor.folio.policies, item.id) }),
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
          <EditDeleteButtons onEdit={() => editing.edit(item)} onDelete={() => remove(item)} />
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
        <AddButton
          label={t('folioDetail.addPolicy')}
          testId="policy-add"
          onClick={() => editing.add()}
        />
        <Typography.Text type="secondary">
          <Tally items={policies} count="folioDetail.policyCount" sum="folioDetail.policyTotal" />
        </Typography.Text>
      </Space>
      {groups.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
      {groups.map(({ kind, items }, index) => (
        <div key={kind} className="block-gap-bottom" data-testid={`policy-group-${kind}`}>
          <Typography.Title level={5}>
            {t(`folioDetail.policyKind.${kind}`)}
            <Typography.Text type="secondary">
              {' '}
              <Tally
                items={items}
                count="folioDetail.policyGroupCount"
                sum="folioDetail.policyGroupSum"
              />
            </Typography.Text>
          </Typography.Title>
          <SmallTable<PolicyItem>
            columns={columns}
            dataSource={items}
            // The columns line up across kinds: one header, over the first table, is enough.
            showHeader={index === 0}
            rowTestId="policy-row"
          />
        </div>
      ))}
      {editing.open && <PolicyModal {...editing.modal} />}
    </>
  );
}
