// A folio's 需求侧 / 要素保障供给侧 checklist tab: items, owners, due dates, 对账销号.
import { EditDeleteButtons } from '../../../components/EditDeleteButtons';
import { SmallTable } from '../../../components/SmallTable';
import { AddButton } from '../../../components/AddButton';
import { Button, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { testId } from '../../../components/testid';
import { useConfirmDelete } from '../../../components/useConfirmDelete';
import { useT } from '../../../i18n/I18nContext';
import { checklistOrder, checklistPatch, isOverdue, reopen } from './checklist';
import { ChecklistItemModal } from './ChecklistItemModal';
import { todayIso } from './desk';
import { removeItem, upsertItem } from './list-edit';
import { StrikeOffControl } from './StrikeOffControl';
import type { ChecklistField, ChecklistItem, Draft } from './types';
import { useItemEditing } from './useItemEditing';
import type { FolioEditor } from './useFolioEditor';

interface Props {
  editor: FolioEditor;
  field: ChecklistField;
}

const ADD_TEST_ID: Record<ChecklistField, string> = {
  demandItems: 'checklist-add-demand',
  supplyItems: 'checklist-add-supply',
};

/** 需求侧清单 / 要素保障供给侧清单: items, who owns them, due dates, 对账销号. */
export function ChecklistTab({ editor, field }: Props) {
  const t = useT();
  const confirmDelete = useConfirmDelete();
  const editing = useItemEditing<ChecklistItem>((draft) =>
    editor.save(
      checklistPatch(field, upsertItem<Draft<ChecklistItem>>(editor.folio[field], draft)),
    ),
  );
  const items = editor.folio[field];
  const today = todayIso();
  const rows = [...items].sort(checklistOrder);
  const done = items.filter((item) => item.doneOn !== null).length;
  const late = items.filter((item) => isOverdue(item, today)).length;

  const saveItem = (item: ChecklistItem, message?: string) =>
    editor.quickSave(checklistPatch(field, upsertItem(editor.folio[field], item)), message);
  const remove = (item: ChecklistItem) =>
    confirmDelete({
      title: t('folioDetail.deleteItemTitle', { name: item.text }),
      onOk: () => editor.save(checklistPatch(field, removeItem(editor.folio[field], item.id))),
    });

  const columns: ColumnsType<ChecklistItem> = [
    {
      title: t('folioDetail.item'),
      dataIndex: 'text',
      render: (text: string, item) => (
        <Typography.Text
          delete={item.doneOn !== null}
          type={isOverdue(item, today) ? 'danger' : undefined}
        >
          {text}
        </Typography.Text>
      ),
    },
    { title: t('folioDetail.owner'), dataIndex: 'owner', width: 180 },
    {
      title: t('folioDetail.due'),
      dataIndex: 'due',
      width: 170,
      render: (due: string | null, item) =>
        isOverdue(item, today) ? (
          <Space size={4}>
            <Typography.Text type="danger">{due}</Typography.Text>
            <Tag color="red">{t('folioDetail.overdue')}</Tag>
          </Space>
        ) : (
          (due ?? t('common.empty'))
        ),
    },
    {
      title: t('folioDetail.status'),
      width: 250,
      render: (_: unknown, item) =>
        item.doneOn === null ? (
          <Tag>{t('folioDetail.notStruckOff')}</Tag>
        ) : (
          <Space size={4}>
            <Tag color="green">{t('folioDetail.struckOff')}</Tag>
            <Typography.Text type="secondary">
              {t('folioDetail.struckOffBy', { date: item.doneOn, by: item.doneBy })}
            </Typography.Text>
          </Space>
        ),
    },
    {
      title: t('common.actions'),
      width: 230,
      render: (_: unknown, item) => (
        <Space size={4} wrap>
          {item.doneOn === null ? (
            <StrikeOffControl
              item={item}
              onStrikeOff={(struck) => saveItem(struck, t('folioDetail.struckOffDone'))}
            />
          ) : (
            <Button
              size="small"
              type="link"
              onClick={() => void saveItem(reopen(item))}
              {...testId('strike-undo')}
            >
              {t('folioDetail.undoStrikeOff')}
            </Button>
          )}
          <EditDeleteButtons onEdit={() => editing.edit(item)} onDelete={() => remove(item)} />
        </Space>
      ),
    },
  ];

  return (
    <>
      <Space className="block-gap-bottom" wrap>
        <AddButton
          label={t('folioDetail.addItem')}
          testId={ADD_TEST_ID[field]}
          onClick={() => editing.add()}
        />
        <Typography.Text type="secondary" data-testid="checklist-summary">
          {t('folioDetail.checklistSummary', { total: items.length, done, late })}
        </Typography.Text>
      </Space>
      <SmallTable<ChecklistItem> columns={columns} dataSource={rows} rowTestId="checklist-item" />
      {editing.open && <ChecklistItemModal {...editing.modal} />}
    </>
  );
}
