// PhoneItem: a labelled phone field that refuses a mobile number that is not 11 digits, as the API does.
import { Form, Input } from 'antd';
import { mobileProblem } from '../../../electron/core/model/phone-text';
import { useFieldTestId } from './form-field';

interface Props {
  name: string;
  label: string;
  /** Defaults to `<form test id>-<name>` inside a `FormModal`. */
  testId?: string;
}

/** The check of a typed phone number, for a field of a form (or of a form list's row). */
export const PHONE_RULES = [
  {
    validator: (_: unknown, value: unknown) => {
      const problem = typeof value === 'string' ? mobileProblem(value) : null;
      return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
    },
  },
];

/** A phone number field: landlines as written, a mobile number 1 + 10 digits. */
export function PhoneItem({ name, label, testId }: Props) {
  const id = useFieldTestId(name, testId);
  return (
    <Form.Item name={name} label={label} rules={PHONE_RULES} validateTrigger="onBlur">
      <Input maxLength={40} inputMode="tel" data-testid={id} />
    </Form.Item>
  );
}
