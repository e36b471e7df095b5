// 设置's 产业链 list: add, remove and rename chains; at least one stays.
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Col, Form, Input, Row, Space } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/I18nContext';
import { useWorkspace } from '../../workspace/WorkspaceContext';
import { useUpdateWorkspace } from './useUpdateWorkspace';

interface ChainsValues {
  chains: string[];
}

/** The workspace's 产业链 list: add, remove, rename; at least one stays. */
export function ChainsForm() {
  const t = useT();
  const { message } = App.useApp();
  const { status } = useWorkspace();
  const update = useUpdateWorkspace();
  const [form] = Form.useForm<ChainsValues>();
  const [saving, setSaving] = useState(false);
  const current = status.meta.chains;

  const save = async (values: ChainsValues) => {
    const chains = values.chains.map((chain) => chain.trim());
    if (JSON.stringify(chains) === JSON.stringify(current)) {
      void message.info(t('common.unchanged'));
      return;
    }
    setSaving(true);
    const saved = await update({ chains }, form);
    setSaving(false);
    if (saved) void message.success(t('common.saved'));
  };

  const noDuplicate = (index: number) => ({
    validator: async (_: unknown, value: string | undefined) => {
      const name = (value ?? '').trim();
      const chains = (form.getFieldValue('chains') as string[] | undefined) ?? [];
      const first = chains.findIndex((other) => (other ?? '').trim() === name);
      if (name && first !== index) throw new Error(t('settings.chainDuplicate', { name }));
    },
  });

  return (
    <Form
      form={form}
      initialValues={{ chains: [...current] }}
      onFinish={save}
      data-testid="settings-chains"
    >
      <Form.List name="chains">
        {(fields, { add, remove }) => (
          <>
            <Row gutter={16}>
              {fields.map((field, index) => (
                <Col key={field.key} xs={24} md={12} xl={8}>
                  <Space align="baseline">
                    <Form.Item
                      name={field.name}
                      dependencies={fields
                        .filter((other) => other.key !== field.key)
                        .map((other) => ['chains', other.name])}
                      rules={[
                        { required: true, whitespace: true, message: t('settings.chainRequired') },
                        noDuplicate(index),
                      ]}
                    >
                      <Input
                        maxLength={40}
                        placeholder={t('settings.chainPlaceholder')}
                        className="filter-input"
                        data-testid={`settings-chain-${index}`}
                      />
                    </Form.Item>
                    <Button
                      type="text"
                      icon={<MinusCircleOutlined />}
                      disabled={fields.length === 1}
                      aria-label={t('settings.chainRemove')}
                      title={t('settings.chainRemove')}
                      onClick={() => remove(field.name)}
                      data-testid={`settings-chain-remove-${index}`}
                    />
                  </Space>
                </Col>
              ))}
            </Row>
            <Space>
              <Button
                icon={<PlusOutlined />}
                onClick={() => add('')}
                data-testid="settings-chain-add"
              >
                {t('settings.chainAdd')}
              </Button>
              <Button
                type="primary"
                htmlType="submit"
                loading={saving}
                data-testid="settings-chains-save"
              >
                {t('common.save')}
              </Button>
            </Space>
          </>
        )}
      </Form.List>
    </Form>
  );
}
