import { App, Form, Input, Select } from 'antd';
import { useApi } from '../../api/ApiContext';
import type { Enterprise } from '../../api/contract-types';
import { changedFields } from '../../components/changed-fields';
import { ENTERPRISE_KIND_VALUES } from '../../components/enum-options';
import { FormModal } from '../../components/FormModal';
import { useT } from '../../i18n/I18nContext';
import {
  ENTERPRISE_ERROR_FIELDS,
  enterpriseFields,
  enterpriseFormValues,
  type EnterpriseFormValues,
} from './enterprise-form-values';
import { KeyPeopleFields } from './KeyPeopleFields';

interface Props {
  /** The enterprise to edit; absent to create one. */
  enterprise?: Enterprise;
  /** The name a new enterprise starts with (typed into a picker before 新建…). */
  initialName?: string;
  onClose: () => void;
  onSaved: (enterprise: Enterprise) => void;
}

export function EnterpriseFormModal({ enterprise, initialName, onClose, onSaved }: Props) {
  const api = useApi();
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<EnterpriseFormValues>();
  const initialValues = {
    ...enterpriseFormValues(enterprise),
    ...(!enterprise && initialName ? { name: initialName } : {}),
  };
  const kindOptions = ENTERPRISE_KIND_VALUES.map((value) => ({
    value,
    label: t(`enterpriseKind.${value}`),
  }));

  const submit = async (values: EnterpriseFormValues) => {
    const fields = enterpriseFields(values);
    if (!enterprise) {
      const created = await api['enterprises.create'](fields);
      void message.success(t('common.created'));
      onSaved(created);
      return;
    }
    const changes = changedFields(enterpriseFields(initialValues), fields);
    if (Object.keys(changes).length === 0) {
      void message.info(t('common.unchanged'));
      onClose();
      return;
    }
    const updated = await api['enterprises.update']({
      id: enterprise.id,
      rev: enterprise.rev,
      ...changes,
    });
    void message.success(t('common.saved'));
    onSaved(updated);
  };

  return (
    <FormModal<EnterpriseFormValues>
      title={enterprise ? t('enterprise.editTitle') : t('enterprise.createTitle')}
      form={form}
      formTestId="enterprise-form"
      fieldNames={ENTERPRISE_ERROR_FIELDS}
      initialValues={initialValues}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item
        name="name"
        label={t('enterprises.name')}
        rules={[{ required: true, whitespace: true, message: t('enterprise.nameRequired') }]}
      >
        <Input
          maxLength={120}
          placeholder={t('enterprise.namePlaceholder')}
          data-testid="enterprise-form-name"
        />
      </Form.Item>
      <Form.Item
        name="kind"
        label={t('enterprises.kind')}
        rules={[{ required: true, message: t('enterprise.kindRequired') }]}
      >
        <Select options={kindOptions} data-testid="enterprise-form-kind" />
      </Form.Item>
      <Form.Item name="headquarters" label={t('enterprises.headquarters')}>
        <Input maxLength={80} placeholder={t('enterprise.headquartersPlaceholder')} />
      </Form.Item>
      <Form.Item name="profile" label={t('enterprises.profile')}>
        <Input.TextArea rows={3} maxLength={5000} />
      </Form.Item>
      <KeyPeopleFields />
    </FormModal>
  );
}
