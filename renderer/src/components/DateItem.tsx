/** DateItem: a labelled date field of a form (an ISO 'YYYY-MM-DD' day, in the app's date picker). */
import { Form } from 'antd';
import { DateInput } from './DateInput';
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
      <DateInput block data-testid={useFieldTestId(name, testId)} />
    </Form.Item>
  );
}
