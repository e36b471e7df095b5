// 工作周报 / 月调度 period fields: quick picks (本周 … 上月) and the dates they fill in.
import { Button, Form, Radio, Space, type FormInstance } from 'antd';
import { DateInput } from '../../components/DateInput';
import { useT } from '../../i18n/I18nContext';
import { QUICK_RANGES, quickRange, type DocumentFormValues } from './requests';

/** 工作周报 / 月调度: the period, quick picks (本周 … 上月) and the dates they fill in. */
export function PeriodFields({ form }: { form: FormInstance<DocumentFormValues> }) {
  const t = useT();
  const required = { required: true, message: t('documents.pickRange') };
  return (
    <>
      <Form.Item name="period" label={t('documents.period')}>
        <Radio.Group
          options={[
            { value: 'week', label: t('documents.period.week') },
            { value: 'month', label: t('documents.period.month') },
          ]}
        />
      </Form.Item>
      <Form.Item label={t('documents.range')} required>
        <Space wrap>
          <Space.Compact>
            <Form.Item name="from" noStyle rules={[required]}>
              <DateInput data-testid="document-from" />
            </Form.Item>
            <Form.Item name="to" noStyle rules={[required]}>
              <DateInput data-testid="document-to" />
            </Form.Item>
          </Space.Compact>
          {QUICK_RANGES.map((pick) => (
            <Button
              key={pick}
              size="small"
              onClick={() => form.setFieldsValue(quickRange(pick, new Date()))}
              data-testid={`document-range-${pick}`}
            >
              {t(`documents.${pick}`)}
            </Button>
          ))}
        </Space>
      </Form.Item>
    </>
  );
}
