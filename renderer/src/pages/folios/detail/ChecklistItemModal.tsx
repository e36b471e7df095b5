// Add or edit a checklist item: what, who, by when (销号 is done in the table).
import { DateItem } from '../../../components/DateItem';
import { FormModal } from '../../../components/FormModal';
import { TextItem } from '../../../components/TextItem';
import { useT } from '../../../i18n/I18nContext';
import { dateOrNull } from './desk';
import type { ChecklistItem } from './types';
import { useItemForm, type ItemModalProps } from './useItemForm';

interface Values {
  text: string;
  owner?: string;
  due?: string;
}

const FIELDS = ['text', 'owner', 'due'] as const;

/** Add or edit a checklist item: what, who, by when. 销号 is done in the table. */
export function ChecklistItemModal(props: ItemModalProps<ChecklistItem>) {
  const t = useT();
  const { item } = props;
  const initialValues = item ? { text: item.text, owner: item.owner, due: item.due ?? '' } : {};
  const itemForm = useItemForm<ChecklistItem, Values>(props, {
    titles: { create: t('folioDetail.addItem'), edit: t('folioDetail.editItem') },
    formTestId: 'checklist-form',
    fieldNames: FIELDS,
    initialValues,
    toDraft: (values) => ({
      text: values.text.trim(),
      owner: (values.owner ?? '').trim(),
      due: dateOrNull(values.due),
      doneOn: item?.doneOn ?? null,
      doneBy: item?.doneBy ?? '',
    }),
  });
  return (
    <FormModal<Values> {...itemForm}>
      <TextItem name="text" label={t('folioDetail.item')} rows={2} maxLength={200} required />
      <TextItem name="owner" label={t('folioDetail.owner')} maxLength={80} />
      <DateItem name="due" label={t('folioDetail.due')} />
    </FormModal>
  );
}
