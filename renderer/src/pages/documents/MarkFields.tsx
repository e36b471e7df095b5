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

/** The ticks among the marks, in the order shown: name and test id. */
const TICKS = [
  ['internal', 'document-mark-internal'],
  ['draft', 'document-mark-draft'],
  ['redHeader', 'document-mark-red-header'],
] as const;

/** What every text mark's control is given: its placeholder, look and test id. */
interface TextProps {
  placeholder: string;
  className: string;
  'data-testid': string;
}

/** The header block's texts, in the order shown: name, test id and the control to type it in. */
const TEXTS = [
  ['copyNumber', 'document-copy-number', (p: TextProps) => <Input maxLength={20} {...p} />],
  [
    'classification',
    'document-classification',
    (p: TextProps) => <AutoComplete options={CLASSIFICATIONS.map((value) => ({ value }))} {...p} />,
  ],
  [
    'urgency',
    'document-urgency',
    (p: TextProps) => (
      <Select allowClear options={URGENCIES.map((value) => ({ value, label: value }))} {...p} />
    ),
  ],
] as const;

/** 标注: the marks a template prints (ticks, then the header block's texts), inside a Form. */
export function MarkFields({ marks = ALL_MARKS }: { marks?: readonly MarkName[] }) {
  const t = useT();
  const has = ([name]: readonly [MarkName, ...unknown[]]) => marks.includes(name);
  return (
    <>
      <Form.Item label={t('documents.marks')}>
        <Space wrap size="large">
          {TICKS.filter(has).map(([name, id]) => (
            <Form.Item key={name} name={name} valuePropName="checked" noStyle>
              <Checkbox data-testid={id}>{t(`documents.${name}`)}</Checkbox>
            </Form.Item>
          ))}
        </Space>
      </Form.Item>
      <Form.Item label=" " colon={false}>
        <Space wrap>
          {TEXTS.filter(has).map(([name, id, control]) => (
            <Form.Item key={name} name={name} noStyle>
              {control({
                placeholder: t(`documents.${name}`),
                className: 'doc-mark-input',
                'data-testid': id,
              })}
            </Form.Item>
          ))}
        </Space>
      </Form.Item>
    </>
  );
}
