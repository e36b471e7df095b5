// 销号 control: strikes a checklist item off today in one click, or on a chosen day and by whom.
import { DownOutlined } from '@ant-design/icons';
import { Button, Form, Popover, Space } from 'antd';
import { useState } from 'react';
import { DateItem } from '../../../components/DateItem';
import { TextItem } from '../../../components/TextItem';
import { testId } from '../../../components/testid';
import { useT } from '../../../i18n/I18nContext';
import { strikeOff } from './checklist';
import { todayIso, useOperator } from './desk';
import type { ChecklistItem } from './types';

interface Props {
  item: ChecklistItem;
  onStrikeOff: (item: ChecklistItem) => Promise<void>;
}

interface Values {
  on: string;
  by: string;
}

/**
 * 销号: one click strikes the item off today, by the operator at the desk; the arrow beside
 * it opens a small form to record another date or person.
 */
export function StrikeOffControl({ item, onStrikeOff }: Props) {
  const t = useT();
  const operator = useOperator();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<Values>();

  const strike = async (on: string, by: string) => {
    setBusy(true);
    try {
      await onStrikeOff(strikeOff(item, on, by));
    } finally {
      setBusy(false);
    }
  };

  const adjust = (
    <Form<Values>
      form={form}
      layout="vertical"
      size="small"
      initialValues={{ on: todayIso(), by: operator }}
      onFinish={({ on, by }) => {
        setOpen(false);
        void strike(on, by.trim());
      }}
    >
      <DateItem name="on" label={t('folioDetail.doneOn')} required testId="strike-off-date" />
      <TextItem
        name="by"
        label={t('folioDetail.doneBy')}
        maxLength={40}
        required
        testId="strike-off-by"
      />
      <Button type="primary" htmlType="submit" size="small" block {...testId('strike-off-confirm')}>
        {t('folioDetail.strikeOff')}
      </Button>
    </Form>
  );

  return (
    <Space.Compact size="small">
      <Button
        type="primary"
        ghost
        loading={busy}
        onClick={() => void strike(todayIso(), operator)}
        {...testId('strike-off')}
      >
        {t('folioDetail.strikeOff')}
      </Button>
      <Popover
        trigger="click"
        open={open}
        onOpenChange={setOpen}
        title={t('folioDetail.strikeOffAdjust')}
        content={adjust}
      >
        <Button
          type="primary"
          ghost
          icon={<DownOutlined />}
          aria-label={t('folioDetail.strikeOffAdjust')}
          {...testId('strike-off-adjust')}
        />
      </Popover>
    </Space.Compact>
  );
}
