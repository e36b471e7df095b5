// 回收站: deleted records and folio sub-items, newest first, each restorable or purgeable after a confirmation.
import { App, Card, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useApi } from '../../api/ApiContext';
import { isApiError } from '../../api/api-error';
import type { TrashItem } from '../../api/contract-types';
import { LoadedTable } from '../../components/LoadedTable';
import { actionsColumn } from '../../components/RowActions';
import { useConfirm } from '../../components/useConfirm';
import { formatDateTime } from '../../format/date';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useT } from '../../i18n/I18nContext';
import { BinnedItemName } from './BinnedItemName';

const byText = (a: string, b: string) => a.localeCompare(b, 'zh-CN');

/** A row's kind: the record's collection, or the list a deleted sub-item came from. */
const kindOf = (row: TrashItem) => row.item?.list ?? row.collection;

/**
 * 回收站: deleted records, newest first, each restorable or purgeable after a confirmation.
 * A refused restore (its group is gone, say) is shown in the core's words.
 */
export function TrashPage() {
  const api = useApi();
  const t = useT();
  const confirm = useConfirm();
  const { message, modal } = App.useApp();
  const trash = useApiQuery('trash.list', {});

  const restore = (item: TrashItem) =>
    confirm({
      title: t('trash.restoreTitle', { name: item.label }),
      content: t('trash.restoreBody'),
      okText: t('trash.restore'),
      onOk: async () => {
        try {
          await (item.item
            ? api['trash.restoreItem']({ folioId: item.item.folioId, itemId: item.id })
            : api['trash.restore']({ id: item.id }));
        } catch (error) {
          if (!isApiError(error)) throw error;
          modal.error({ title: t('trash.restoreRefused'), content: error.message });
          return;
        } finally {
          trash.reload();
        }
        void message.success(t('trash.restored', { name: item.label }));
      },
    });

  const purge = (item: TrashItem) =>
    confirm({
      title: t('trash.purgeTitle', { name: item.label }),
      content: t('trash.purgeBody'),
      okText: t('trash.purge'),
      danger: true,
      onOk: async () => {
        try {
          await (item.item
            ? api['trash.purgeItem']({ folioId: item.item.folioId, itemId: item.id })
            : api['trash.purge']({ id: item.id }));
        } finally {
          trash.reload();
        }
        void message.success(t('trash.purged', { name: item.label }));
      },
    });

  const columns: ColumnsType<TrashItem> = [
    {
      title: t('trash.kind'),
      dataIndex: 'collection',
      width: 110,
      sorter: (a, b) => byText(kindOf(a), kindOf(b)),
      render: (_: unknown, item) => t(`trash.kind.${kindOf(item)}`),
    },
    {
      title: t('trash.name'),
      dataIndex: 'label',
      sorter: (a, b) => byText(a.label, b.label),
      render: (label: string, item) => (item.item ? <BinnedItemName row={item} /> : label),
    },
    {
      title: t('trash.deletedAt'),
      dataIndex: 'deletedAt',
      width: 170,
      defaultSortOrder: 'descend',
      sorter: (a, b) => a.deletedAt.localeCompare(b.deletedAt),
      render: (iso: string) => formatDateTime(iso),
    },
    {
      title: t('trash.deletedBy'),
      dataIndex: 'deletedBy',
      width: 120,
      render: (by: string) => by || t('common.empty'),
    },
    actionsColumn(
      t('common.actions'),
      (item) => [
        { label: t('trash.restore'), testId: 'trash-restore', onClick: () => restore(item) },
        {
          label: t('trash.purge'),
          testId: 'trash-purge',
          danger: true,
          onClick: () => purge(item),
        },
      ],
      170,
    ),
  ];

  return (
    <Card title={t('trash.title')}>
      <Typography.Paragraph type="secondary">{t('trash.intro')}</Typography.Paragraph>
      <LoadedTable<TrashItem>
        loaded={trash}
        columns={columns}
        testId="trash-table"
        emptyText={t('trash.empty')}
        size="middle"
      />
    </Card>
  );
}
