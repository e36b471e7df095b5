// Add or edit one of our delegation: a person from the directory, or a typed name and title.
import { Form, Select, Typography } from 'antd';
import { FormModal } from '../../components/FormModal';
import { MemberNameFields } from './MemberNameFields';
import { personOptions, SEARCH_BY_LABEL } from '../../components/record-options';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useT } from '../../i18n/I18nContext';
import type { Draft } from '../folios/detail/types';
import type { OurMember } from './types';

interface Values {
  personId?: string;
  name: string;
  title?: string;
}

const FIELDS = ['personId', 'name', 'title'] as const;

interface Props {
  member?: OurMember;
  onSubmit: (draft: Draft<OurMember>) => Promise<void>;
  onClose: () => void;
}

/** One of our delegation: a person from the directory (name and title filled in) or a typed name. */
export function OurMemberModal({ member, onSubmit, onClose }: Props) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const people = useApiQuery('people.list', {});

  const pick = (personId: string | undefined) => {
    const person = people.data?.find((p) => p.id === personId);
    if (person) form.setFieldsValue({ name: person.name, title: person.title });
  };

  return (
    <FormModal<Values>
      title={member ? t('trips.editOurMember') : t('trips.addOurMember')}
      form={form}
      formTestId="our-member-form"
      fieldNames={FIELDS}
      initialValues={
        member
          ? { personId: member.personId ?? undefined, name: member.name, title: member.title }
          : {}
      }
      onSubmit={(values) =>
        onSubmit({
          id: member?.id,
          personId: values.personId ?? null,
          name: values.name.trim(),
          title: (values.title ?? '').trim(),
        })
      }
      onClose={onClose}
    >
      <Form.Item name="personId" label={t('trips.memberPerson')}>
        <Select
          allowClear
          showSearch={SEARCH_BY_LABEL}
          loading={people.loading}
          options={personOptions(people.data ?? [])}
          onChange={pick}
          data-testid="our-member-person"
        />
      </Form.Item>
      <Typography.Paragraph type="secondary">{t('trips.memberPersonHint')}</Typography.Paragraph>
      <MemberNameFields testIds="our-member" />
    </FormModal>
  );
}
