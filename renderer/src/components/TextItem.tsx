/** TextItem: a labelled text field of a form (one line, or `rows` lines), optionally required. */
import { Form, Input } from 'antd';
import { useFieldTestId, useRequiredRules, type Required } from './form-field';

interface Props {
  name: string;
  label: string;
  maxLength: number;
  /** Not blank: `true` says "请填写<label>", a text says that text; absent when it may be. */
  required?: Required;
  placeholder?: string;
  /** Defaults to `<form test id>-<name>` inside a `FormModal`. */
  testId?: string;
  /** Lines of a multi-line field; absent for one line. */
  rows?: number;
}

export function TextItem({ name, label, maxLength, required, placeholder, testId, rows }: Props) {
  const rules = useRequiredRules(label, required, true);
  const id = useFieldTestId(name, testId);
  return (
    <Form.Item name={name} label={label} rules={rules}>
      {rows === undefined ? (
        <Input maxLength={maxLength} placeholder={placeholder} data-testid={id} />
      ) : (
        <Input.TextArea
          rows={rows}
          maxLength={maxLength}
          placeholder={placeholder}
          data-testid={id}
        />
      )}
    </Form.Item>
  );
}
