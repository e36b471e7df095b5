// 主要人员 inside the enterprise form: one row per person (name, title, phone, note).
import { PHONE_RULES } from '../../components/PhoneItem';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Row } from 'antd';
import { useT } from '../../i18n/I18nContext';
import type { MessageKey } from '../../i18n/translate';

/** 主要人员 inside the enterprise form: one row per person, {name, title, phone, note}. */
export function KeyPeopleFields() {
  const t = useT();
  // A cell of a row: its label is its placeholder (the row has no labels of its own).
  const input = (maxLength: number, label: MessageKey) => (
    <Input maxLength={maxLength} placeholder={t(label)} aria-label={t(label)} />
  );
  return (
    <Form.Item label={t('enterprise.keyPeople')} data-testid="key-people">
      <Form.List name="keyPeople">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Row key={field.key} gutter={8} wrap={false} data-testid={`key-person-${index}`}>
                <Form.Item name={[field.name, 'id']} hidden>
                  <Input />
                </Form.Item>
                <Col span={5}>
                  <Form.Item
                    name={[field.name, 'name']}
                    rules={[
                      {
                        required: true,
                        whitespace: true,
                        message: t('enterprise.personNameRequired'),
                      },
                    ]}
                  >
                    {input(40, 'enterprise.personName')}
                  </Form.Item>
                </Col>
                <Col span={6}>
                  <Form.Item name={[field.name, 'title']}>
                    {input(80, 'enterprise.personTitle')}
                  </Form.Item>
                </Col>
                <Col span={5}>
                  <Form.Item
                    name={[field.name, 'phone']}
                    rules={PHONE_RULES}
                    validateTrigger="onBlur"
                  >
                    {input(40, 'enterprise.personPhone')}
                  </Form.Item>
                </Col>
                <Col flex="auto">
                  <Form.Item name={[field.name, 'note']}>
                    {input(500, 'enterprise.personNote')}
                  </Form.Item>
                </Col>
                <Col flex="none">
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined />}
                    aria-label={t('enterprise.removeKeyPerson')}
                    title={t('enterprise.removeKeyPerson')}
                    onClick={() => remove(field.name)}
                  />
                </Col>
              </Row>
            ))}
            <Button
              type="dashed"
              block
              icon={<PlusOutlined />}
              onClick={() => add({ name: '', title: '', phone: '', note: '' })}
              data-testid="key-person-add"
            >
              {t('enterprise.addKeyPerson')}
            </Button>
          </>
        )}
      </Form.List>
    </Form.Item>
  );
}
