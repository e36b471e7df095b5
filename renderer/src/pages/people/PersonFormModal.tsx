import { App, Form, Input } from 'antd';
import { useApi } from '../../api/ApiContext';
import type { InputOf, Person } from '../../api/contract-types';
import { changedFields } from '../../components/changed-fields';
import { FormModal } from '../../components/FormModal';
import { useT } from '../../i18n/I18nContext';

const PERSON_FORM_FIELDS = ['name', 'title', 'unit', 'phone'] as const;
type PersonFields = Required<Pick<InputOf<'people.create'>, (typeof PERSON_FORM_FIELDS)[number]>>;
type PersonFormValues = Partial<PersonFields>;

function personFields(values: PersonFormValues): PersonFields {
  return {
    name: (values.name ?? '').trim(),
    title: (values.title ?? '').trim(),
    unit: (values.unit ?? '').trim(),
    phone: (values.phone ?? '').trim(),
  };
}

interface Props {
  /** The person to edit; absent to create one. */
  person?: Person;
  /** The name a new person starts with (typed into a picker before 新建…). */
  initialName?: string;
  onClose: () => void;
  onSaved: (person: Person) => void;
}

/** A person's name, title, unit and phone; used on 人员 and from the group form. */
export function PersonFormModal({ person, initialName, onClose, onSaved }: Props) {
  const api = useApi();
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<PersonFormValues>();
  const initialValues: PersonFormValues = person
    ? personFields(person)
    : { name: initialName || undefined };

  const submit = async (values: PersonFormValues) => {
    const fields = personFields(values);
    if (!person) {
      const created = await api['people.create'](fields);
      void message.success(t('common.created'));
      onSaved(created);
      return;
    }
    const changes = changedFields(personFields(initialValues), fields);
    if (Object.keys(changes).length === 0) {
      void message.info(t('common.unchanged'));
      onClose();
      return;
    }
    const updated = await api['people.update']({ id: person.id, rev: person.rev, ...changes });
    void message.success(t('common.saved'));
    onSaved(updated);
  };

  return (
    <FormModal<PersonFormValues>
      title={person ? t('people.editTitle') : t('people.createTitle')}
      form={form}
      formTestId="person-form"
      fieldNames={PERSON_FORM_FIELDS}
      initialValues={initialValues}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item
        name="name"
        label={t('people.name')}
        rules={[{ required: true, whitespace: true, message: t('people.nameRequired') }]}
      >
        <Input maxLength={40} data-testid="person-form-name" />
      </Form.Item>
      <Form.Item name="title" label={t('people.jobTitle')}>
        <Input
          maxLength={80}
          placeholder={t('people.jobTitlePlaceholder')}
          data-testid="person-form-title"
        />
      </Form.Item>
      <Form.Item name="unit" label={t('people.unit')}>
        <Input
          maxLength={120}
          placeholder={t('people.unitPlaceholder')}
          data-testid="person-form-unit"
        />
      </Form.Item>
      <Form.Item name="phone" label={t('people.phone')}>
        <Input maxLength={40} data-testid="person-form-phone" />
      </Form.Item>
    </FormModal>
  );
}
