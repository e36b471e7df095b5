// A trip's 基本信息 tab: purpose, transport and lodging notes, edited in place.
import { App, Button, Form, Input } from 'antd';
import { useEffect, useState } from 'react';
import { changedFields } from '../../components/changed-fields';
import { applyServerErrors } from '../../components/server-errors';
import { useNotifyError } from '../../components/useNotifyError';
import { useT } from '../../i18n/I18nContext';
import type { TripEditor } from './useTripEditor';

interface Values {
  purpose: string;
  transport: string;
  lodging: string;
}

const FIELDS = ['purpose', 'transport', 'lodging'] as const;

/** 基本信息: purpose, transport and lodging notes, edited in place. */
export function BasicsTab({ editor }: { editor: TripEditor }) {
  const t = useT();
  const notifyError = useNotifyError();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const { purpose, transport, lodging } = editor.trip;

  // A reload (an undo, a save elsewhere) shows the stored text again.
  useEffect(() => {
    form.setFieldsValue({ purpose, transport, lodging });
  }, [form, purpose, transport, lodging]);

  const submit = async (values: Values) => {
    const changes = changedFields({ purpose, transport, lodging }, values);
    if (Object.keys(changes).length === 0) {
      void message.info(t('common.unchanged'));
      return;
    }
    setSaving(true);
    try {
      await editor.save(changes);
      void message.success(t('common.saved'));
    } catch (error) {
      if (!applyServerErrors(form, error, FIELDS)) notifyError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      className="trip-basics"
      data-testid="trip-basics-form"
      initialValues={{ purpose, transport, lodging }}
      onFinish={(values) => void submit(values)}
    >
      <Form.Item name="purpose" label={t('trips.purpose')}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} maxLength={5000} />
      </Form.Item>
      <Form.Item name="transport" label={t('trips.transport')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={2000} />
      </Form.Item>
      <Form.Item name="lodging" label={t('trips.lodging')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={2000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={saving} data-testid="trip-basics-save">
        {t('common.save')}
      </Button>
    </Form>
  );
}
