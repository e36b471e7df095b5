// PhoneItem: a labelled phone field that refuses a mobile number that is not 11 digits, as the API does.
import { Form, Input } from 'antd';
import { mobileProblem } from '../../../electron/core/model/phone-text';

interface Props {
  name: string;
  label: string;
  testId?: string;
}

/** A phone number field: landlines as written, a mobile number 1 + 10 digits. */
export function PhoneItem({ name, label, testId }: Props) {
  const rules = [
    {
      validator: (_: unknown, value: unknown) => {
        const problem = typeof value === 'string' ? mobileProblem(value) : null;
        return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
      },
    },
  ];
  return (
    <Form.Item name={name} label={label} rules={rules} validateTrigger="onBlur">
      <Input maxLength={40} inputMode="tel" data-testid={testId} />
    </Form.Item>
  );
}
