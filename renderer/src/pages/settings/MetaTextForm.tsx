// One text setting of the workspace (its name, the operator, 落款单位) with its own save button.
import { App, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/I18nContext';
import type { MessageKey } from '../../i18n/translate';
import { useWorkspace } from '../../workspace/WorkspaceContext';
import { useUpdateWorkspace } from './useUpdateWorkspace';

type Field = 'name' | 'operator' | 'issuerUnit';

/** Each setting: label, message once saved, length, test id, and the message when left empty. */
const SETTINGS: Record<
  Field,
  { label: MessageKey; saved: MessageKey; maxLength: number; testId: string; required?: MessageKey }
> = {
  operator: {
    label: 'settings.operatorTitle',
    saved: 'settings.operatorSaved',
    maxLength: 40,
    testId: 'settings-operator',
  },
  name: {
    label: 'settings.workspaceName',
    saved: 'common.saved',
    maxLength: 80,
    testId: 'settings-workspace-name',
    required: 'settings.workspaceNameRequired',
  },
  issuerUnit: {
    label: 'settings.issuerUnit',
    saved: 'settings.issuerUnitSaved',
    maxLength: 60,
    testId: 'settings-issuer-unit',
  },
};

interface Props {
  field: Field;
  placeholder?: string;
}

/** One text setting of the workspace, started afresh whenever its saved value changes. */
export function MetaTextForm(props: Props) {
  const { status } = useWorkspace();
  return <MetaTextFormFor key={status.meta[props.field] ?? ''} {...props} />;
}

/** One text setting of the workspace (its name, the operator, 落款单位) with its own save button. */
function MetaTextFormFor({ field, placeholder }: Props) {
  const { label, saved, maxLength, testId, required } = SETTINGS[field];
  const t = useT();
  const { message } = App.useApp();
  const { status } = useWorkspace();
  const update = useUpdateWorkspace();
  const [form] = Form.useForm<Record<Field, string>>();
  const [saving, setSaving] = useState(false);
  const current = status.meta[field] ?? '';

  const save = async (values: Partial<Record<Field, string>>) => {
    const next = (values[field] ?? '').trim();
    if (next === current) {
      void message.info(t('common.unchanged'));
      return;
    }
    setSaving(true);
    const done = await update({ [field]: next }, form);
    setSaving(false);
    if (done) void message.success(t(saved));
  };

  return (
    <Form form={form} layout="inline" initialValues={{ [field]: current }} onFinish={save}>
      <Form.Item
        name={field}
        label={t(label)}
        rules={required ? [{ required: true, whitespace: true, message: t(required) }] : []}
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
