// The form for a trip's 考察行程 or 政策包 (one per enterprise ticked): format and marks.
import { Checkbox, Form, Typography } from 'antd';
import type { Enterprise } from '../../../api/contract-types';
import { enterpriseOptions } from '../../../components/record-options';
import { useT } from '../../../i18n/I18nContext';
import { GenerateFormFrame } from '../../documents/GenerateFormFrame';
import type { GenerateInput } from '../../documents/useDocumentJob';
import { agendaInput, policyInput, type BriefingFormValues } from './trip-documents';

interface Props {
  tripId: string;
  /** 政策包: the enterprises offered, all ticked at first; absent for the 考察行程. */
  enterprises?: Enterprise[];
  /** 政策包: how many folios the trip links (to say what is missing when none has a 客商). */
  linkedFolios?: number;
  busy: boolean;
  onSubmit: (input: GenerateInput) => void;
}

const MARKS = ['internal', 'draft', 'classification', 'urgency'] as const;

/** 考察行程 (one request) or 政策包 (one request per enterprise ticked): format and marks. */
export function TripBriefingForm({ tripId, enterprises, linkedFolios = 0, busy, onSubmit }: Props) {
  const t = useT();
  const initial: BriefingFormValues = {
    format: 'both',
    internal: false,
    draft: false,
    enterpriseIds: enterprises?.map((e) => e.id),
  };
  const submit = (values: BriefingFormValues) => {
    const all = { ...initial, ...values };
    onSubmit(enterprises ? policyInput(all) : agendaInput(tripId, all));
  };
  const none = enterprises?.length === 0;

  return (
    <GenerateFormFrame<BriefingFormValues>
      initialValues={initial}
      onFinish={submit}
      busy={busy}
      testId={enterprises ? 'trip-policy-form' : 'trip-agenda-form'}
      marks={MARKS}
      submitTestId="trip-document-submit"
      submitDisabled={none}
    >
      {enterprises && (
        <Form.Item
          name="enterpriseIds"
          label={t('documents.enterprise')}
          rules={[{ required: true, type: 'array', min: 1, message: t('trips.pickEnterprises') }]}
        >
          {none ? (
            <Typography.Text type="secondary" data-testid="trip-policy-missing">
              {linkedFolios > 0
                ? t('trips.foliosWithoutEnterprise', { count: linkedFolios })
                : t('trips.noEnterprisesToPack')}
            </Typography.Text>
          ) : (
            <Checkbox.Group
              data-testid="trip-policy-enterprises"
              options={enterpriseOptions(enterprises)}
            />
          )}
        </Form.Item>
      )}
    </GenerateFormFrame>
  );
}
