/** TextItem: a labelled one-line text field of a form, optionally required (not blank). */
import { Form, Input } from 'antd';

interface Props {
  name: string;
  label: string;
  maxLength: number;
  /** What to say when the field is left blank; absent when it may be. */
  required?: string;
  placeholder?: string;
  testId?: string;
}

export function TextItem({ name, label, maxLength, required, placeholder, testId }: Props) {
  const rules = required ? [{ required: true, whitespace: true, message: required }] : undefined;
  return (
    <Form.Item name={name} label={label} rules={rules}>
      <Input maxLength={maxLength} placeholder={placeholder} data-testid={testId} />
    </Form.Item>
  );
}
