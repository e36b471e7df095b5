/** DateItem: a labelled date field of a form (an ISO day, as typed in the browser's date box). */
import { Form, Input } from 'antd';
import { useFieldTestId, useRequiredRules, type Required } from './form-field';

interface Props {
  name: string;
  label: string;
  /** `true` says "请填写<label>" when empty, a text says that text; absent when it may be. */
  required?: Required;
  /** Defaults to `<form test id>-<name>` inside a `FormModal`. */
  testId?: string;
}

export function DateItem({ name, label, required, testId }: Props) {
  const rules = useRequiredRules(label, required, false);
  return (
    <Form.Item name={name} label={label} rules={rules}>
      <Input type="date" data-testid={useFieldTestId(name, testId)} />
    </Form.Item>
  );
}
