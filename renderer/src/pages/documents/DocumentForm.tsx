// The 生成 form: template, its target, format and marks; one request per submit.
import { Form, Radio } from 'antd';
import { useState } from 'react';
import { testId } from '../../components/testid';
import { useT } from '../../i18n/I18nContext';
import type { GenerateInput } from './useDocumentJob';
import { GenerateFormFrame } from './GenerateFormFrame';
import { PeriodFields } from './PeriodFields';
import {
  type FormTemplate,
  initialValues,
  TEMPLATES,
  TEMPLATES_FOR,
  toFormats,
  toMarks,
  toRequest,
  type DocumentFormValues,
  type RecordTarget,
} from './requests';
import { TargetFields } from './TargetFields';
import './documents.css';

interface Props {
  /** On a record's page: the record, which fixes the target and the templates offered. */
  target?: RecordTarget;
  template?: FormTemplate;
  busy: boolean;
  onSubmit: (input: GenerateInput) => void;
}

/** 生成 form: template, its target, format and marks; one request per submit. */
export function DocumentForm({ target, template, busy, onSubmit }: Props) {
  const t = useT();
  const [form] = Form.useForm<DocumentFormValues>();
  const templates = target ? TEMPLATES_FOR[target.kind] : TEMPLATES;
  const [initial] = useState(() =>
    initialValues(template ?? templates[0] ?? 'projectBrief', target),
  );
  const chosen = Form.useWatch('template', form) ?? initial.template;

  const submit = (values: DocumentFormValues) => {
    const all = { ...initial, ...values };
    onSubmit({ requests: [toRequest(all)], formats: toFormats(all.format), marks: toMarks(all) });
  };

  return (
    <GenerateFormFrame<DocumentFormValues>
      form={form}
      initialValues={initial}
      onFinish={submit}
      busy={busy}
      testId="document-form"
      submitTestId="document-generate"
    >
      <Form.Item name="template" label={t('documents.template')}>
        <Radio.Group
          optionType="button"
          options={templates.map((name) => ({
            value: name,
            label: t(`documents.template.${name}`),
            ...testId(`document-template-${name}`),
          }))}
        />
      </Form.Item>
      {target ? (
        <Form.Item label={t(`documents.${target.kind}`)}>
          <span data-testid="document-target">{target.name}</span>
        </Form.Item>
      ) : (
        <TargetFields template={chosen} />
      )}
      {chosen === 'groupReport' && <PeriodFields form={form} />}
    </GenerateFormFrame>
  );
}
