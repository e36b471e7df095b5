// 晒进度: a new dated progress entry, by the operator at the desk unless told otherwise.
import { Form } from 'antd';
import { DateItem } from '../../../components/DateItem';
import { FieldGrid } from '../../../components/FieldGrid';
import { FormModal } from '../../../components/FormModal';
import { TextItem } from '../../../components/TextItem';
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
      <FieldGrid>
        <DateItem name="date" label={t('folioDetail.progressDate')} required />
        <TextItem name="author" label={t('folioDetail.author')} maxLength={40} />
      </FieldGrid>
      <TextItem
        name="text"
        label={t('folioDetail.progressText')}
        rows={4}
        maxLength={2000}
        required
      />
    </FormModal>
  );
}
