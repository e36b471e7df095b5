/** SelectItem: a labelled pick-one field of a form (a kind, a stage), or pick-several records. */
import { Form, Select } from 'antd';
import { useFieldTestId, useRequiredRules, type Required } from './form-field';
import type { Option } from './enum-options';
import { SEARCH_BY_LABEL } from './record-options';

interface Props {
  name: string;
  label: string;
  options: Option<string>[];
  /** `true` says "请填写<label>" when empty, a text says that text; absent when it may be. */
  required?: Required;
  /** Defaults to `<form test id>-<name>` inside a `FormModal`. */
  testId?: string;
  /** Picks several (records: folios, enterprises, people), searched by their label. */
  multiple?: boolean;
  /** The options are still loading. */
  loading?: boolean;
}

export function SelectItem(props: Props) {
  const { name, label, options, required, testId, multiple = false, loading } = props;
  const rules = useRequiredRules(label, required, false);
  const several = multiple ? { mode: 'multiple' as const, showSearch: SEARCH_BY_LABEL } : {};
  return (
    <Form.Item name={name} label={label} rules={rules}>
      <Select
        {...several}
        loading={loading}
        options={options}
        data-testid={useFieldTestId(name, testId)}
      />
    </Form.Item>
  );
}

/** A labelled field that picks several records (folios, enterprises, people), searched by label. */
export function PickManyItem(props: Omit<Props, 'multiple' | 'required'>) {
  return <SelectItem {...props} multiple />;
}
