// 晒进度: a new dated progress entry, by the operator at the desk unless told otherwise.
import { Col, Form, Input, Row } from 'antd';
import { FormModal } from '../../../components/FormModal';
import { useT } from '../../../i18n/I18nContext';
import { todayIso, useOperator } from './desk';
import type { Draft, ProgressEntry } from './types';

interface Values {
  date: string;
  author?: string;
  text: string;
}

const FIELDS = ['date', 'author', 'text'] as const;

interface Props {
  onSubmit: (draft: Draft<ProgressEntry>) => Promise<void>;
  onClose: () => void;
}

/** 晒进度: a new dated entry, by the operator at the desk unless told otherwise. */
export function ProgressModal({ onSubmit, onClose }: Props) {
  const t = useT();
  const operator = useOperator();
  const [form] = Form.useForm<Values>();
  return (
    <FormModal<Values>
      title={t('folioDetail.addProgress')}
      form={form}
      formTestId="progress-form"
      fieldNames={FIELDS}
      initialValues={{ date: todayIso(), author: operator }}
      onSubmit={({ date, author, text }) =>
        onSubmit({ date, author: (author ?? '').trim(), text: text.trim() })
      }
      onClose={onClose}
    >
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item
            name="date"
            label={t('folioDetail.progressDate')}
            rules={[
              {
                required: true,
                message: t('folioDetail.fillIn', { label: t('folioDetail.progressDate') }),
              },
            ]}
          >
            <Input type="date" data-testid="progress-form-date" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="author" label={t('folioDetail.author')}>
            <Input maxLength={40} data-testid="progress-form-author" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="text"
        label={t('folioDetail.progressText')}
        rules={[
          {
            required: true,
            whitespace: true,
            message: t('folioDetail.fillIn', { label: t('folioDetail.progressText') }),
          },
        ]}
      >
        <Input.TextArea rows={4} maxLength={2000} data-testid="progress-form-text" />
      </Form.Item>
    </FormModal>
  );
}
