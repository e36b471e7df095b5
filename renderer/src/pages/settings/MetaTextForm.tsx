// One text setting of the workspace (its name, the operator, 落款单位) with its own save button.
import { App, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/I18nContext';
import { useWorkspace } from '../../workspace/WorkspaceContext';
import { useUpdateWorkspace } from './useUpdateWorkspace';

interface Props {
  field: 'name' | 'operator' | 'issuerUnit';
  label: string;
  placeholder?: string;
  /** The message when it is left empty; absent when empty is allowed. */
  requiredMessage?: string;
  savedText: string;
  maxLength: number;
  testId: string;
}

/** One text setting of the workspace (its name, the operator, 落款单位) with its own save button. */
export function MetaTextForm(props: Props) {
  const { field, label, placeholder, requiredMessage, savedText, maxLength, testId } = props;
  const t = useT();
  const { message } = App.useApp();
  const { status } = useWorkspace();
  const update = useUpdateWorkspace();
  const [form] = Form.useForm<Record<Props['field'], string>>();
  const [saving, setSaving] = useState(false);
  const current = status.meta[field] ?? '';

  const save = async (values: Partial<Record<Props['field'], string>>) => {
    const next = (values[field] ?? '').trim();
    if (next === current) {
      void message.info(t('common.unchanged'));
      return;
    }
    setSaving(true);
    const saved = await update({ [field]: next }, form);
    setSaving(false);
    if (saved) void message.success(savedText);
  };

  return (
    <Form form={form} layout="inline" initialValues={{ [field]: current }} onFinish={save}>
      <Form.Item
        name={field}
        label={label}
        rules={
          requiredMessage ? [{ required: true, whitespace: true, message: requiredMessage }] : []
        }
      >
        <Input
          maxLength={maxLength}
          placeholder={placeholder}
          className="filter-input"
          data-testid={testId}
        />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" loading={saving} data-testid={`${testId}-save`}>
          {t('common.save')}
        </Button>
      </Form.Item>
    </Form>
  );
}
