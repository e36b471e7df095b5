// Add or edit a 堵点难点; a closed one asks how it ended (and, if solved, on which day).
import { Checkbox, Form, Select } from 'antd';
import { DateItem } from '../../../components/DateItem';
import { FieldGrid } from '../../../components/FieldGrid';
import { FormModal } from '../../../components/FormModal';
import { TextItem } from '../../../components/TextItem';
import { useT } from '../../../i18n/I18nContext';
import { blockerStatusOptions } from '../../../components/enum-options';
import { isClosedStatus } from './blocker-status';
import { BlockerOutcomeFields } from './BlockerOutcomeFields';
import { dateOrNull, todayIso } from './desk';
import type { Blocker, BlockerStatus } from './types';
import { useItemForm, type ItemModalProps } from './useItemForm';

interface Values {
  problem: string;
  raisedOn: string;
  department?: string;
  status: BlockerStatus;
  onSite?: boolean;
  resolution?: string;
  solvedOn?: string;
}

const FIELDS = [
  'problem',
  'raisedOn',
  'department',
  'status',
  'onSite',
  'resolution',
  'solvedOn',
] as const;

function initialValues(blocker: Blocker | undefined): Partial<Values> {
  if (!blocker) return { raisedOn: todayIso(), status: 'open', onSite: false };
  return {
    problem: blocker.problem,
    raisedOn: blocker.raisedOn,
    department: blocker.department,
    status: blocker.status,
    onSite: blocker.onSite,
    resolution: blocker.resolution,
    solvedOn: blocker.solvedOn ?? undefined,
  };
}

/** Add or edit a 堵点难点; a closed one asks how it ended (and, if solved, on which day). */
export function BlockerModal(props: ItemModalProps<Blocker>) {
  const t = useT();
  const blocker = props.item;
  const itemForm = useItemForm<Blocker, Values>(props, {
    titles: { create: t('folioDetail.addBlocker'), edit: t('folioDetail.editBlocker') },
    formTestId: 'blocker-form',
    fieldNames: FIELDS,
    initialValues: initialValues(blocker),
    toDraft: (values) => ({
      problem: values.problem.trim(),
      raisedOn: values.raisedOn,
      department: (values.department ?? '').trim(),
      status: values.status,
      onSite: values.onSite ?? false,
      resolution: isClosedStatus(values.status) ? (values.resolution ?? '').trim() : '',
      solvedOn: values.status === 'solved' ? dateOrNull(values.solvedOn) : null,
    }),
  });
  const { form } = itemForm;
  const status = Form.useWatch('status', form) ?? blocker?.status ?? 'open';

  return (
    <FormModal<Values> {...itemForm}>
      <TextItem name="problem" label={t('folioDetail.problem')} rows={2} maxLength={500} required />
      <FieldGrid>
        <DateItem
          name="raisedOn"
          label={t('folioDetail.raisedOn')}
          required
          testId="blocker-form-raised"
        />
        <TextItem name="department" label={t('folioDetail.department')} maxLength={80} />
        <Form.Item name="status" label={t('folioDetail.status')}>
          <Select
            options={blockerStatusOptions(t)}
            onChange={(next: BlockerStatus) => {
              if (next === 'solved' && !form.getFieldValue('solvedOn')) {
                form.setFieldValue('solvedOn', todayIso());
              }
            }}
            data-testid="blocker-form-status"
          />
        </Form.Item>
        <Form.Item name="onSite" label=" " valuePropName="checked">
          <Checkbox>{t('folioDetail.onSiteLong')}</Checkbox>
        </Form.Item>
      </FieldGrid>
      {isClosedStatus(status) && <BlockerOutcomeFields status={status} />}
    </FormModal>
  );
}
