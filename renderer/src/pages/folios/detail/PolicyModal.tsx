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
import type { PolicyItem } from './types';
import { useItemForm, type ItemModalProps } from './useItemForm';

interface Values {
  kind: PolicyItem['kind'];
  financeKind?: NonNullable<PolicyItem['financeKind']>;
  content: string;
  /** 万元; empty when the item has no amount. */
  amount?: number | null;
  status: PolicyItem['status'];
}

const FIELDS = ['kind', 'financeKind', 'content', 'amount', 'status'] as const;

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
export function PolicyModal(props: ItemModalProps<PolicyItem>) {
  const t = useT();
  const { item } = props;
  const itemForm = useItemForm<PolicyItem, Values>(props, {
    titles: { create: t('folioDetail.addPolicy'), edit: t('folioDetail.editPolicy') },
    formTestId: 'policy-form',
    fieldNames: FIELDS,
    initialValues: initialValues(item),
    toDraft: (values) => ({
      kind: values.kind,
      financeKind: values.kind === 'finance' ? (values.financeKind ?? null) : null,
      content: values.content.trim(),
      amount: values.amount ?? null,
      status: values.status,
    }),
  });
  const kind = Form.useWatch('kind', itemForm.form) ?? item?.kind ?? 'orders';

  return (
    <FormModal<Values> {...itemForm}>
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
