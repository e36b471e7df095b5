// The form of a modal that adds or edits one item of a record's list (a contact, a policy, a host…).
import { Form, type FormInstance } from 'antd';
import type { Draft } from './types';

/** What a modal for one item of a list takes: the item (absent for a new one) and what to do. */
export interface ItemModalProps<T extends { id: string }> {
  item?: T;
  onSubmit: (draft: Draft<T>) => Promise<void>;
  onClose: () => void;
}

interface ItemForm<V> {
  form: FormInstance<V>;
  initialValues: Partial<V>;
  onSubmit: (values: V) => Promise<void>;
  onClose: () => void;
}

/**
 * The `FormModal` props of an item modal: its form, its first values, and a submit that turns
 * the form's values into the item as sent (`toDraft`). Spread them: `<FormModal {...itemForm}>`.
 */
export function useItemForm<T extends { id: string }, V>(
  { onSubmit, onClose }: ItemModalProps<T>,
  initialValues: Partial<V>,
  toDraft: (values: V) => Draft<T>,
): ItemForm<V> {
  const [form] = Form.useForm<V>();
  return { form, initialValues, onSubmit: (values) => onSubmit(toDraft(values)), onClose };
}
