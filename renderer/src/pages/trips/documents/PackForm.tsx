// The 会议材料 form: copies, duplex, the attachments to merge in, marks, PDF or PDF and Word.
import { Checkbox, Form, InputNumber, Space, Switch, Typography } from 'antd';
import { useT } from '../../../i18n/I18nContext';
import { formatSize } from '../../folios/detail/attachment-file';
import { GenerateFormFrame } from '../../documents/GenerateFormFrame';
import type { GenerateInput } from '../../documents/useDocumentJob';
import {
  packInput,
  type PackAttachment,
  type PackFormValues,
  type PackVersion,
} from './trip-documents';
import './trip-documents.css';

interface Props {
  tripId: string;
  /** The PDFs and pictures of the folios the pack covers; all ticked at first. */
  attachments: PackAttachment[];
  /** The pack built last: a rebuild starts from its copies and duplex. */
  last: PackVersion | undefined;
  busy: boolean;
  onSubmit: (input: GenerateInput) => void;
}

const MARKS = ['internal', 'classification'] as const;

/** 会议材料: copies, duplex, the attachments to merge in, marks, PDF or PDF and Word. */
export function PackForm({ tripId, attachments, last, busy, onSubmit }: Props) {
  const t = useT();
  const initial: PackFormValues = {
    copies: last?.copies ?? 1,
    duplex: last?.duplex ?? false,
    attachments: attachments.map((a) => a.key),
    format: 'pdf',
    internal: true,
  };
  const submit = (values: PackFormValues) =>
    onSubmit(packInput(tripId, { ...initial, ...values }, attachments));

  return (
    <GenerateFormFrame<PackFormValues>
      initialValues={initial}
      onFinish={submit}
      busy={busy}
      testId="trip-pack-form"
      marks={MARKS}
      submitTestId="trip-document-submit"
    >
      <Form.Item label={t('trips.pack.copies')}>
        <Space>
          <Form.Item
            name="copies"
            noStyle
            rules={[{ required: true, message: t('trips.pack.copiesRequired') }]}
          >
            <InputNumber min={1} max={200} precision={0} data-testid="trip-pack-copies" />
          </Form.Item>
          <Typography.Text type="secondary">{t('trips.pack.copiesHint')}</Typography.Text>
        </Space>
      </Form.Item>
      <Form.Item label={t('trips.pack.duplex')}>
        <Space>
          <Form.Item name="duplex" valuePropName="checked" noStyle>
            <Switch data-testid="trip-pack-duplex" />
          </Form.Item>
          <Typography.Text type="secondary">{t('trips.pack.duplexHint')}</Typography.Text>
        </Space>
      </Form.Item>
      <Form.Item name="attachments" label={t('trips.pack.attachments')}>
        {attachments.length === 0 ? (
          <Typography.Text type="secondary">{t('trips.pack.noAttachments')}</Typography.Text>
        ) : (
          <Checkbox.Group className="trip-pack-attachments" data-testid="trip-pack-attachments">
            {attachments.map((a) => (
              <Checkbox key={a.key} value={a.key} data-testid={`trip-pack-attachment-${a.key}`}>
                {a.attachment.name}
                <Typography.Text type="secondary">
                  {t('trips.pack.attachmentOf', {
                    folio: a.folioName,
                    size: formatSize(a.attachment.size),
                  })}
                </Typography.Text>
              </Checkbox>
            ))}
          </Checkbox.Group>
        )}
      </Form.Item>
    </GenerateFormFrame>
  );
}
