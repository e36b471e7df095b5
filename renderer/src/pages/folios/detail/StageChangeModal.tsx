// 变更阶段: the new stage, the day it was reached, and a reason when the move needs one.
import { Form, Input, Select } from 'antd';
import type { Stage } from '../../../api/contract-types';
import { stageOptions } from '../../../components/enum-options';
import { DateItem } from '../../../components/DateItem';
import { FormModal } from '../../../components/FormModal';
import { useApi } from '../../../api/ApiContext';
import { useT } from '../../../i18n/I18nContext';
import { todayIso } from './desk';
import { needsReason } from './stage-change';
import type { FolioEditor } from './useFolioEditor';

interface Values {
  stage: Stage;
  date: string;
  reason?: string;
}

const FIELDS = ['stage', 'date', 'reason'] as const;

/**
 * 变更阶段: the new stage, the day it was reached (today unless told), and a reason, which
 * the form asks for when moving back or pausing / dropping. The server's errors land on the
 * fields.
 */
export function StageChangeModal({
  editor,
  onClose,
}: {
  editor: FolioEditor;
  onClose: () => void;
}) {
  const api = useApi();
  const t = useT();
  const [form] = Form.useForm<Values>();
  const { folio } = editor;
  const chosen = Form.useWatch('stage', form);
  const reasonNeeded = chosen !== undefined && needsReason(folio.stage, chosen);

  const submit = async ({ stage, date, reason }: Values) => {
    await editor.run((rev) =>
      api['folios.changeStage']({ id: folio.id, rev, stage, date, reason: reason ?? '' }),
    );
    onClose();
  };

  return (
    <FormModal<Values>
      title={t('folioDetail.changeStageTitle', { stage: t(`stage.${folio.stage}`) })}
      form={form}
      formTestId="stage-form"
      fieldNames={FIELDS}
      initialValues={{ date: todayIso() }}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item
        name="stage"
        label={t('folioDetail.newStage')}
        rules={[
          {
            required: true,
            message: t('folioDetail.choose', { label: t('folioDetail.newStage') }),
          },
        ]}
      >
        <Select
          options={stageOptions(t).filter((option) => option.value !== folio.stage)}
          data-testid="stage-form-stage"
        />
      </Form.Item>
      <DateItem name="date" label={t('folioDetail.stageDate')} required />
      <Form.Item
        name="reason"
        label={t('folioDetail.stageReason')}
        // A hint only: the core decides whether a reason is missing, and its error lands here.
        required={reasonNeeded}
        extra={reasonNeeded ? t('folioDetail.reasonHint') : undefined}
      >
        <Input.TextArea rows={3} maxLength={500} data-testid="stage-form-reason" />
      </Form.Item>
    </FormModal>
  );
}
