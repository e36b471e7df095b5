// Closes a blocker: 已解决 with how and when, or 无法解决 with why.
import { Checkbox, Form, Radio } from 'antd';
import { FormModal } from '../../../components/FormModal';
import { useT } from '../../../i18n/I18nContext';
import { BlockerOutcomeFields } from './BlockerOutcomeFields';
import { dateOrNull, todayIso } from './desk';
import type { Blocker } from './types';

type Outcome = 'solved' | 'unsolvable';

interface Values {
  status: Outcome;
  resolution: string;
  solvedOn?: string;
  onSite?: boolean;
}

const FIELDS = ['status', 'resolution', 'solvedOn', 'onSite'] as const;

interface Props {
  blocker: Blocker;
  onSubmit: (blocker: Blocker) => Promise<void>;
  onClose: () => void;
}

/** Closes a blocker: 已解决 with how and when, or 无法解决 with why. */
export function BlockerSolveModal({ blocker, onSubmit, onClose }: Props) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const status = Form.useWatch('status', form) ?? 'solved';

  return (
    <FormModal<Values>
      title={t('folioDetail.solveTitle', { problem: blocker.problem })}
      form={form}
      formTestId="blocker-solve-form"
      fieldNames={FIELDS}
      initialValues={{
        status: 'solved',
        resolution: blocker.resolution,
        solvedOn: todayIso(),
        onSite: blocker.onSite,
      }}
      onSubmit={(values) =>
        onSubmit({
          ...blocker,
          status: values.status,
          resolution: values.resolution.trim(),
          solvedOn: values.status === 'solved' ? dateOrNull(values.solvedOn) : null,
          onSite: values.onSite ?? false,
        })
      }
      onClose={onClose}
    >
      <Form.Item name="status" label={t('folioDetail.outcome')}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'solved', label: t('folioDetail.blockerStatus.solved') },
            { value: 'unsolvable', label: t('folioDetail.blockerStatus.unsolvable') },
          ]}
          data-testid="blocker-solve-outcome"
        />
      </Form.Item>
      <BlockerOutcomeFields status={status} />
      <Form.Item name="onSite" valuePropName="checked">
        <Checkbox data-testid="blocker-solve-onsite">{t('folioDetail.onSiteLong')}</Checkbox>
      </Form.Item>
    </FormModal>
  );
}
