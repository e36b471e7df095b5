// Add or edit a checklist item: what, who, by when (销号 is done in the table).
import { Form } from 'antd';
import { DateItem } from '../../../components/DateItem';
import { FormModal } from '../../../components/FormModal';
import { TextItem } from '../../../components/TextItem';
import { useT } from '../../../i18n/I18nContext';
import { dateOrNull } from './desk';
import type { ChecklistItem, Draft } from './types';

interface Values {
  text: string;
  owner?: string;
  due?: string;
}

const FIELDS = ['text', 'owner', 'due'] as const;

interface Props {
  /** The item to edit; absent for a new one. */
  item?: ChecklistItem;
  onSubmit: (draft: Draft<ChecklistItem>) => Promise<void>;
  onClose: () => void;
}

/** Add or edit a checklist item: what, who, by when. 销号 is done in the table. */
export function ChecklistItemModal({ item, onSubmit, onClose }: Props) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  return (
    <FormModal<Values>
      title={item ? t('folioDetail.editItem') : t('folioDetail.addItem')}
      form={form}
      formTestId="checklist-form"
      fieldNames={FIELDS}
      initialValues={item ? { text: item.text, owner: item.owner, due: item.due ?? '' } : {}}
      onSubmit={({ text, owner, due }) =>
        onSubmit({
          id: item?.id,
          text: text.trim(),
          owner: (owner ?? '').trim(),
          due: dateOrNull(due),
          doneOn: item?.doneOn ?? null,
          doneBy: item?.doneBy ?? '',
        })
      }
      onClose={onClose}
    >
      <TextItem name="text" label={t('folioDetail.item')} rows={2} maxLength={200} required />
      <TextItem name="owner" label={t('folioDetail.owner')} maxLength={80} />
      <DateItem name="due" label={t('folioDetail.due')} />
    </FormModal>
  );
}
