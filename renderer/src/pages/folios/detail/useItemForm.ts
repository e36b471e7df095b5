// The form of a modal that adds or edits one item of a record's list (a contact, a policy, a host…).
import { Form } from 'antd';
import { namingProps, type FormNaming } from '../../../components/form-naming';
import type { RecordFormProps } from '../../../components/useRecordForm';
import type { Draft } from './types';

/** What a modal for one item of a list takes: the item (absent for a new one) and what to do. */
export interface ItemModalProps<T extends { id: string }> {
  item?: T;
  onSubmit: (draft: Draft<T>) => Promise<void>;
  onClose: () => void;
}

interface Options<T extends { id: string }, V> extends FormNaming {
  /** What the form starts with (the item's values, or a new item's defaults). */
  initialValues: Partial<V>;
  /** The form's values as the item is sent (its id is added: the edited item's, or none). */
  toDraft: (values: V) => Omit<T, 'id'>;
}

/**
 * The `FormModal` props of an item modal: its title (add or edit), test id and error fields, its
 * form, its first values, and a submit that turns the form's values into the item as sent
 * (`toDraft`, with the item's id). Spread them: `<FormModal {...itemForm}>`.
 */
export function useItemForm<T extends { id: string }, V>(
  { item, onSubmit, onClose }: ItemModalProps<T>,
  options: Options<T, V>,
): RecordFormProps<V> {
  const [form] = Form.useForm<V>();
  const { initialValues, toDraft } = options;
  return {
    ...namingProps(options, item !== undefined),
    form,
    initialValues,
    onSubmit: (values) => onSubmit({ ...toDraft(values), id: item?.id }),
    onClose,
  };
}
