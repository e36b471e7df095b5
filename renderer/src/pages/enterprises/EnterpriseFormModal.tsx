// The form to create or edit an enterprise: name, kind, headquarters, profile, key people.
import { Form, Input } from 'antd';
import { useApi } from '../../api/ApiContext';
import type { Enterprise } from '../../api/contract-types';
import { enterpriseKindOptions } from '../../components/enum-options';
import { FormModal } from '../../components/FormModal';
import { SelectItem } from '../../components/SelectItem';
import { TextItem } from '../../components/TextItem';
import { useRecordForm } from '../../components/useRecordForm';
import { useT } from '../../i18n/I18nContext';
import {
  ENTERPRISE_ERROR_FIELDS,
  enterpriseFields,
  enterpriseFormValues,
  type EnterpriseFields,
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
  const recordForm = useRecordForm<Enterprise, EnterpriseFormValues, EnterpriseFields>({
    titles: { create: t('enterprise.createTitle'), edit: t('enterprise.editTitle') },
    formTestId: 'enterprise-form',
    fieldNames: ENTERPRISE_ERROR_FIELDS,
    record: enterprise,
    initialValues: {
      ...enterpriseFormValues(enterprise),
      ...(!enterprise && initialName ? { name: initialName } : {}),
    },
    toFields: enterpriseFields,
    create: (fields) => api['enterprises.create'](fields),
    update: (changes, { id, rev }) => api['enterprises.update']({ id, rev, ...changes }),
    onSaved,
    onClose,
  });
  return (
    <FormModal<EnterpriseFormValues> {...recordForm}>
      <TextItem
        name="name"
        label={t('enterprises.name')}
        maxLength={120}
        required={t('enterprise.nameRequired')}
        placeholder={t('enterprise.namePlaceholder')}
      />
      <SelectItem
        name="kind"
        label={t('enterprises.kind')}
        options={enterpriseKindOptions(t)}
        required={t('enterprise.kindRequired')}
      />
      <TextItem
        name="headquarters"
        label={t('enterprises.headquarters')}
        maxLength={80}
        placeholder={t('enterprise.headquartersPlaceholder')}
      />
      <Form.Item name="profile" label={t('enterprises.profile')}>
        <Input.TextArea rows={3} maxLength={5000} />
      </Form.Item>
      <KeyPeopleFields />
    </FormModal>
  );
}
