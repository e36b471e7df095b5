// Add or edit one of the other side's delegation: name, title, and their enterprise or chamber.
import { Form, Select } from 'antd';
import { FormModal } from '../../components/FormModal';
import { MemberNameFields } from './MemberNameFields';
import { enterpriseOptions, SEARCH_BY_LABEL } from '../../components/record-options';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useT } from '../../i18n/I18nContext';
import { useItemForm, type ItemModalProps } from '../folios/detail/useItemForm';
import type { TheirMember } from './types';

interface Values {
  name: string;
  title?: string;
  enterpriseId?: string;
}

const FIELDS = ['name', 'title', 'enterpriseId'] as const;

/** One of the other side's delegation: name, title, the enterprise or chamber they come from. */
export function TheirMemberModal(props: ItemModalProps<TheirMember>) {
  const t = useT();
  const member = props.item;
  const initialValues = member
    ? { name: member.name, title: member.title, enterpriseId: member.enterpriseId ?? undefined }
    : {};
  const itemForm = useItemForm<TheirMember, Values>(props, {
    titles: { create: t('trips.addTheirMember'), edit: t('trips.editTheirMember') },
    formTestId: 'their-member-form',
    fieldNames: FIELDS,
    initialValues,
    toDraft: (values) => ({
      name: values.name.trim(),
      title: (values.title ?? '').trim(),
      enterpriseId: values.enterpriseId ?? null,
    }),
  });
  const enterprises = useApiQuery('enterprises.list', {});
  return (
    <FormModal<Values> {...itemForm}>
      <MemberNameFields testIds="their-member" />
      <Form.Item name="enterpriseId" label={t('trips.memberEnterprise')}>
        <Select
          allowClear
          showSearch={SEARCH_BY_LABEL}
          loading={enterprises.loading}
          options={enterpriseOptions(enterprises.data ?? [])}
        />
      </Form.Item>
    </FormModal>
  );
}
