/** useRecordForm: the one save path of a record form: create, or update only what changed. */
import { App, Form, type FormInstance } from 'antd';
import { useT } from '../i18n/I18nContext';
import { changedFields } from './changed-fields';
import { namingProps, type FormNaming } from './form-naming';

interface Options<R, V, F extends object, E> extends FormNaming {
  /** The record to edit (or what edits it); absent to create one. */
  record: E | undefined;
  /** What the form starts with (the record's values, or a new record's defaults). */
  initialValues: Partial<V>;
  /** The form's values as the API takes them (trimmed, defaults filled in). */
  toFields: (values: Partial<V>) => F;
  /** Creates the record from the fields (and the raw values, for create-only fields). */
  create: (fields: F, values: V) => Promise<R>;
  /** Sends only the changed fields of `record` (with its id and rev). */
  update: (changes: Partial<F>, record: E) => Promise<R>;
  onSaved: (record: R) => void;
  onClose: () => void;
}

/** What `FormModal` takes from the hook: spread it onto the modal. */
export interface RecordFormProps<V> {
  title: string;
  formTestId: string;
  fieldNames: readonly string[];
  form: FormInstance<V>;
  initialValues: Partial<V>;
  onSubmit: (values: V) => Promise<void>;
  onClose: () => void;
}

/**
 * The save code every record form shares: a new record is created (已创建); an edit compares
 * the fields with the ones it opened with, closes with 未修改 when nothing changed, and else
 * sends only the changes (已保存). An error thrown by create or update reaches `FormModal`,
 * which shows it on the fields it names.
 */
export function useRecordForm<R, V, F extends object, E = R>(
  options: Options<R, V, F, E>,
): RecordFormProps<V> {
  const { record, initialValues, toFields, create, update, onSaved, onClose } = options;
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<V>();

  const onSubmit = async (values: V) => {
    const fields = toFields(values);
    if (record === undefined) {
      const created = await create(fields, values);
      void message.success(t('common.created'));
      onSaved(created);
      return;
    }
    const changes = changedFields(toFields(initialValues), fields);
    if (Object.keys(changes).length === 0) {
      void message.info(t('common.unchanged'));
      onClose();
      return;
    }
    const updated = await update(changes, record);
    void message.success(t('common.saved'));
    onSaved(updated);
  };

  return { ...namingProps(options, record !== undefined), form, initialValues, onSubmit, onClose };
}
