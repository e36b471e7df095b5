// Add or edit one of our delegation: a person from the directory, or a typed name and title.
import { Form, Select, Typography } from 'antd';
import { FormModal } from '../../components/FormModal';
import { MemberNameFields } from './MemberNameFields';
import { personOptions, SEARCH_BY_LABEL } from '../../components/record-options';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useT } from '../../i18n/I18nContext';
import { useItemForm, type ItemModalProps } from '../folios/detail/useItemForm';
import type { OurMember } from './types';

interface Values {
  personId?: string;
  name: string;
  title?: string;
}

const FIELDS = ['personId', 'name', 'title'] as const;

/** One of our delegation: a person from the directory (name and title filled in) or a typed name. */
export function OurMemberModal(props: ItemModalProps<OurMember>) {
  const t = useT();
  const member = props.item;
  const initialValues = member
    ? { personId: member.personId ?? undefined, name: member.name, title: member.title }
    : {};
  const itemForm = useItemForm<OurMember, Values>(props, {
    titles: { create: t('trips.addOurMember'), edit: t('trips.editOurMember') },
    formTestId: 'our-member-form',
    fieldNames: FIELDS,
    initialValues,
    toDraft: (values) => ({
      personId: values.personId ?? null,
      name: values.name.trim(),
      title: (values.title ?? '').trim(),
    }),
  });
  const { form } = itemForm;
  const people = useApiQuery('people.list', {});

  const pick = (personId: string | undefined) => {
    const person = people.data?.find((p) => p.id === personId);
    if (person) form.setFieldsValue({ name: person.name, title: person.title });
  };

  return (
    <FormModal<Values> {...itemForm}>
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
