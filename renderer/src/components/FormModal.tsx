// A modal form that validates, submits and shows the server's field errors on the right fields.
import { Form, Modal, type FormInstance } from 'antd';
import { useRef, useState, type ReactNode } from 'react';
import { useT } from '../i18n/I18nContext';
import { FormTestIdContext } from './form-field';
import { focusFirstField, isSaveKey } from './form-keys';
import { applyServerErrors } from './server-errors';
import { useAskDiscard } from './useAskDiscard';
import { testId } from './testid';
import { useNotifyError } from './useNotifyError';

interface Props<V> {
  title: ReactNode;
  form: FormInstance<V>;
  /** `data-testid` of the form element. */
  formTestId: string;
  /** The form's top-level field names: server field errors with these paths land on them. */
  fieldNames: readonly string[];
  initialValues: Partial<V>;
  /** Saves the values; an `ApiError` thrown here is shown on the fields it names. */
  onSubmit: (values: V) => Promise<void>;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A modal form: validates, submits, and shows the server's validation errors on the right
 * fields (or as a message when no field matches). Its save button is `form-submit`.
 */
export function FormModal<V>(props: Props<V>) {
  const { title, form, formTestId, fieldNames, initialValues, onSubmit, onClose, children } = props;
  const t = useT();
  const notifyError = useNotifyError();
  const [saving, setSaving] = useState(false);
  const askDiscard = useAskDiscard();
  const body = useRef<HTMLDivElement>(null);
  // Esc, a click outside and ✕ ask before a changed form's input is thrown away.
  const cancel = () => {
    if (form.isFieldsTouched()) askDiscard(onClose);
    else onClose();
  };

  const submit = async () => {
    let values: V;
    try {
      values = await form.validateFields();
    } catch {
      return; // antd shows the failed rules on the fields
    }
    setSaving(true);
    try {
      await onSubmit(values);
    } catch (error) {
      if (!applyServerErrors(form, error, fieldNames)) notifyError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={title}
      width={640}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={testId('form-submit')}
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={cancel}
      afterOpenChange={(open) => {
        if (open) focusFirstField(body.current);
      }}
    >
      <div
        ref={body}
        onKeyDown={(event) => {
          if (!isSaveKey(event)) return;
          event.preventDefault();
          void submit();
        }}
      >
        <Form<V>
          form={form}
          name={formTestId}
          layout="vertical"
          initialValues={initialValues}
          data-testid={formTestId}
          onFinish={() => void submit()}
        >
          <FormTestIdContext.Provider value={formTestId}>{children}</FormTestIdContext.Provider>
        </Form>
      </div>
    </Modal>
  );
}
