// Add or edit a 政策包 item; financing says which kind (固贷 / 流贷 / 基金 / 定增).
import { Form, Select } from 'antd';
import { FieldGrid } from '../../../components/FieldGrid';
import { FormModal } from '../../../components/FormModal';
import { TextItem } from '../../../components/TextItem';
import { useT } from '../../../i18n/I18nContext';
import { MoneyInput } from '../MoneyInput';
import {
  financeKindOptions,
  policyKindOptions,
  policyStatusOptions,
} from '../../../components/enum-options';
import type { Draft, PolicyItem } from './types';

interface Values {
  kind: PolicyItem['kind'];
  financeKind?: NonNullable<PolicyItem['financeKind']>;
  content: string;
  /** 万元; empty when the item has no amount. */
  amount?: number | null;
  status: PolicyItem['status'];
}

const FIELDS = ['kind', 'financeKind', 'content', 'amount', 'status'] as const;

interface Props {
  /** The item to edit; absent for a new one. */
  item?: PolicyItem;
  onSubmit: (draft: Draft<PolicyItem>) => Promise<void>;
  onClose: () => void;
}

function initialValues(item: PolicyItem | undefined): Partial<Values> {
  if (!item) return { kind: 'orders', status: 'proposed' };
  return {
    kind: item.kind,
    financeKind: item.financeKind ?? undefined,
    content: item.content,
    amount: item.amount,
    status: item.status,
  };
}

/** Add or edit a 政策包 item; financing says which kind (固贷 / 流贷 / 基金 / 定增). */
export function PolicyModal({ item, onSubmit, onClose }: Props) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? item?.kind ?? 'orders';

  return (
    <FormModal<Values>
      title={item ? t('folioDetail.editPolicy') : t('folioDetail.addPolicy')}
      form={form}
      formTestId="policy-form"
      fieldNames={FIELDS}
      initialValues={initialValues(item)}
      onSubmit={(values) =>
        onSubmit({
          id: item?.id,
          kind: values.kind,
          financeKind: values.kind === 'finance' ? (values.financeKind ?? null) : null,
          content: values.content.trim(),
          amount: values.amount ?? null,
          status: values.status,
        })
      }
      onClose={onClose}
    >
      <FieldGrid>
        <Form.Item name="kind" label={t('folioDetail.policyKind')}>
          <Select options={policyKindOptions(t)} data-testid="policy-form-kind" />
        </Form.Item>
        {kind === 'finance' && (
          <Form.Item name="financeKind" label={t('folioDetail.financeKind')}>
            <Select allowClear options={financeKindOptions(t)} data-testid="policy-form-finance" />
          </Form.Item>
        )}
      </FieldGrid>
      <TextItem
        name="content"
        label={t('folioDetail.policyContent')}
        rows={3}
        maxLength={1000}
        required
      />
      <FieldGrid>
        <Form.Item name="amount" label={t('folioDetail.amountWan')}>
          <MoneyInput data-testid="policy-form-amount" />
        </Form.Item>
        <Form.Item name="status" label={t('folioDetail.status')}>
          <Select options={policyStatusOptions(t)} data-testid="policy-form-status" />
        </Form.Item>
      </FieldGrid>
    </FormModal>
  );
}
