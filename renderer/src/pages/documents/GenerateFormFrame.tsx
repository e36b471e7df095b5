// The frame every 生成 form shares: labels on the left, its own fields, then 格式, 标注 and the 生成 button.
import { Button, Form, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/I18nContext';
import { FormatField, MarkFields, type MarkName } from './MarkFields';

interface Props<V extends object> {
  form?: FormInstance<V>;
  initialValues: V;
  onFinish: (values: V) => void;
  /** While a job runs: every field and the button are disabled, the button spins. */
  busy: boolean;
  testId: string;
  /** The marks this form's documents print; all of them when absent. */
  marks?: readonly MarkName[];
  submitTestId: string;
  /** Set to hold the button back (or, false, to keep it enabled) whatever `busy` says. */
  submitDisabled?: boolean;
  /** The form's own fields, above 格式 and 标注. */
  children: ReactNode;
}

/** A 生成 form: its fields, 格式, 标注 and the 生成 button, labels in a 96-pixel column. */
export function GenerateFormFrame<V extends object>(props: Props<V>) {
  const { form, initialValues, onFinish, busy, testId, marks, submitTestId, submitDisabled } =
    props;
  const t = useT();
  return (
    <Form<V>
      form={form}
      initialValues={initialValues}
      onFinish={onFinish}
      labelCol={{ flex: '96px' }}
      labelAlign="left"
      disabled={busy}
      data-testid={testId}
    >
      {props.children}
      <FormatField />
      <MarkFields marks={marks} />
      <Form.Item label=" " colon={false}>
        <Button
          type="primary"
          htmlType="submit"
          loading={busy}
          disabled={submitDisabled}
          data-testid={submitTestId}
        >
          {t('documents.generate')}
        </Button>
      </Form.Item>
    </Form>
  );
}
