// The form to create or edit a person: name, title, unit and phone; used on 人员 and from groups.
import { useApi } from '../../api/ApiContext';
import type { InputOf, Person } from '../../api/contract-types';
import { FormModal } from '../../components/FormModal';
import { PhoneItem } from '../../components/PhoneItem';
import { TextItem } from '../../components/TextItem';
import { useRecordForm } from '../../components/useRecordForm';
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
  const recordForm = useRecordForm<Person, PersonFormValues, PersonFields>({
    titles: { create: t('people.createTitle'), edit: t('people.editTitle') },
    formTestId: 'person-form',
    fieldNames: PERSON_FORM_FIELDS,
    record: person,
    initialValues: person ? personFields(person) : { name: initialName || undefined },
    toFields: personFields,
    create: (fields) => api['people.create'](fields),
    update: (changes, { id, rev }) => api['people.update']({ id, rev, ...changes }),
    onSaved,
    onClose,
  });

  return (
    <FormModal<PersonFormValues> {...recordForm}>
      <TextItem
        name="name"
        label={t('people.name')}
        maxLength={40}
        required={t('people.nameRequired')}
      />
      <TextItem
        name="title"
        label={t('people.jobTitle')}
        maxLength={80}
        placeholder={t('people.jobTitlePlaceholder')}
      />
      <TextItem
        name="unit"
        label={t('people.unit')}
        maxLength={120}
        placeholder={t('people.unitPlaceholder')}
      />
      <PhoneItem name="phone" label={t('people.phone')} testId="person-form-phone" />
    </FormModal>
  );
}
