// How a closed blocker ended: the resolution (or why it cannot be solved), and the day.
import { Form, Input } from 'antd';
import { useT } from '../../../i18n/I18nContext';
import type { BlockerStatus } from './types';

/** How a closed blocker ended: the resolution (or why it cannot be solved), and the day. */
export function BlockerOutcomeFields({ status }: { status: BlockerStatus }) {
  const t = useT();
  const solved = status === 'solved';
  const label = solved ? t('folioDetail.resolution') : t('folioDetail.unsolvableReason');
  return (
    <>
      <Form.Item
        name="resolution"
        label={label}
        rules={[{ required: true, whitespace: true, message: t('folioDetail.fillIn', { label }) }]}
      >
        <Input.TextArea rows={3} maxLength={2000} data-testid="blocker-form-resolution" />
      </Form.Item>
      {solved && (
        <Form.Item
          name="solvedOn"
          label={t('folioDetail.solvedOn')}
          rules={[
            {
              required: true,
              message: t('folioDetail.fillIn', { label: t('folioDetail.solvedOn') }),
            },
          ]}
        >
          <Input type="date" data-testid="blocker-form-solved-on" />
        </Form.Item>
      )}
    </>
  );
}
