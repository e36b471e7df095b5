// 主要人员 inside the enterprise form: one row per person (name, title, phone, note).
import { PHONE_RULES } from '../../components/PhoneItem';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Row } from 'antd';
import { useT } from '../../i18n/I18nContext';

/** 主要人员 inside the enterprise form: one row per person, {name, title, phone, note}. */
export function KeyPeopleFields() {
  const t = useT();
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
                    <Input
                      maxLength={40}
                      placeholder={t('enterprise.personName')}
                      aria-label={t('enterprise.personName')}
                    />
                  </Form.Item>
                </Col>
                <Col span={6}>
                  <Form.Item name={[field.name, 'title']}>
                    <Input
                      maxLength={80}
                      placeholder={t('enterprise.personTitle')}
                      aria-label={t('enterprise.personTitle')}
                    />
                  </Form.Item>
                </Col>
                <Col span={5}>
                  <Form.Item
                    name={[field.name, 'phone']}
                    rules={PHONE_RULES}
                    validateTrigger="onBlur"
                  >
                    <Input
                      maxLength={40}
                      placeholder={t('enterprise.personPhone')}
                      aria-label={t('enterprise.personPhone')}
                    />
                  </Form.Item>
                </Col>
                <Col flex="auto">
                  <Form.Item name={[field.name, 'note']}>
                    <Input
                      maxLength={500}
                      placeholder={t('enterprise.personNote')}
                      aria-label={t('enterprise.personNote')}
                    />
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
