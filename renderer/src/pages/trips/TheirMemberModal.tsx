// Add or edit one of the other side's delegation: name, title, and their enterprise or chamber.
import { Form, Select } from 'antd';
import { FormModal } from '../../components/FormModal';
import { MemberNameFields } from './MemberNameFields';
import { enterpriseOptions, SEARCH_BY_LABEL } from '../../components/record-options';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useT } from '../../i18n/I18nContext';
import type { Draft } from '../folios/detail/types';
import type { TheirMember } from './types';

interface Values {
  name: string;
  title?: string;
  enterpriseId?: string;
}

const FIELDS = ['name', 'title', 'enterpriseId'] as const;

interface Props {
  member?: TheirMember;
  onSubmit: (draft: Draft<TheirMember>) => Promise<void>;
  onClose: () => void;
}

/** One of the other side's delegation: name, title, the enterprise or chamber they come from. */
export function TheirMemberModal({ member, onSubmit, onClose }: Props) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const enterprises = useApiQuery('enterprises.list', {});
  return (
    <FormModal<Values>
      title={member ? t('trips.editTheirMember') : t('trips.addTheirMember')}
      form={form}
      formTestId="their-member-form"
      fieldNames={FIELDS}
      initialValues={
        member
          ? {
              name: member.name,
              title: member.title,
              enterpriseId: member.enterpriseId ?? undefined,
            }
          : {}
      }
      onSubmit={(values) =>
        onSubmit({
          id: member?.id,
          name: values.name.trim(),
          title: (values.title ?? '').trim(),
          enterpriseId: values.enterpriseId ?? null,
        })
      }
      onClose={onClose}
    >
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
