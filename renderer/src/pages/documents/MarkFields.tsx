// The form's 格式 choice and 标注 fields: 内部资料, 草稿, 份号, 密级 and 紧急程度.
import { AutoComplete, Checkbox, Form, Input, Radio, Select, Space } from 'antd';
import { testId } from '../../components/testid';
import { useT } from '../../i18n/I18nContext';
import type { FormatChoice } from './requests';

/** GB/T 9704 版头 values officers use; other text may be typed. */
const CLASSIFICATIONS = ['秘密', '机密'];
const URGENCIES = ['特急', '加急'];

export type MarkName =
  'internal' | 'draft' | 'redHeader' | 'copyNumber' | 'classification' | 'urgency';
const ALL_MARKS: readonly MarkName[] = [
  'internal',
  'draft',
  'redHeader',
  'copyNumber',
  'classification',
  'urgency',
];

/** 格式: the choices a template offers (Word, PDF or both). */
export function FormatField({
  choices = ['docx', 'pdf', 'both'],
}: {
  choices?: readonly FormatChoice[];
}) {
  const t = useT();
  const label = (choice: FormatChoice) => {
    if (choice === 'docx') return 'Word';
    if (choice === 'pdf') return 'PDF';
    return t('documents.format.both');
  };
  return (
    <Form.Item name="format" label={t('documents.format')}>
      {/* Radio children, not `options`: antd drops data-* attributes given in options. */}
      <Radio.Group>
        {choices.map((value) => (
          <Radio key={value} value={value} {...testId(`document-format-${value}`)}>
            {label(value)}
          </Radio>
        ))}
      </Radio.Group>
    </Form.Item>
  );
}

/** 标注: the marks a template prints (ticks, then the header block's texts), inside a Form. */
export function MarkFields({ marks = ALL_MARKS }: { marks?: readonly MarkName[] }) {
  const t = useT();
  const has = (name: MarkName) => marks.includes(name);
  return (
    <>
      <Form.Item label={t('documents.marks')}>
        <Space wrap size="large">
          {has('internal') && (
            <Form.Item name="internal" valuePropName="checked" noStyle>
              <Checkbox data-testid="document-mark-internal">{t('documents.internal')}</Checkbox>
            </Form.Item>
          )}
          {has('draft') && (
            <Form.Item name="draft" valuePropName="checked" noStyle>
              <Checkbox data-testid="document-mark-draft">{t('documents.draft')}</Checkbox>
            </Form.Item>
          )}
          {has('redHeader') && (
            <Form.Item name="redHeader" valuePropName="checked" noStyle>
              <Checkbox data-testid="document-mark-red-header">{t('documents.redHeader')}</Checkbox>
            </Form.Item>
          )}
        </Space>
      </Form.Item>
      <Form.Item label=" " colon={false}>
        <Space wrap>
          {has('copyNumber') && (
            <Form.Item name="copyNumber" noStyle>
              <Input
                maxLength={20}
                placeholder={t('documents.copyNumber')}
                className="doc-mark-input"
                data-testid="document-copy-number"
              />
            </Form.Item>
          )}
          {has('classification') && (
            <Form.Item name="classification" noStyle>
              <AutoComplete
                options={CLASSIFICATIONS.map((value) => ({ value }))}
                placeholder={t('documents.classification')}
                className="doc-mark-input"
                data-testid="document-classification"
              />
            </Form.Item>
          )}
          {has('urgency') && (
            <Form.Item name="urgency" noStyle>
              <Select
                allowClear
                options={URGENCIES.map((value) => ({ value, label: value }))}
                placeholder={t('documents.urgency')}
                className="doc-mark-input"
                data-testid="document-urgency"
              />
            </Form.Item>
          )}
        </Space>
      </Form.Item>
    </>
  );
}
