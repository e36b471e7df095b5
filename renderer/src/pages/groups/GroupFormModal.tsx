// The form to create or edit a working group, with head and members (new people made in place).
import { Form, Input, Select } from 'antd';
import { useState, type ReactElement } from 'react';
import { useApi } from '../../api/ApiContext';
import type { Group, Person } from '../../api/contract-types';
import { chainOptions, groupKindOptions } from '../../components/enum-options';
import { FormModal } from '../../components/FormModal';
import { SelectItem } from '../../components/SelectItem';
import { TextItem } from '../../components/TextItem';
import { withCreateEntry } from '../../components/useInlineCreate';
import { useRecordForm } from '../../components/useRecordForm';
import { personOptions, SEARCH_BY_LABEL } from '../../components/record-options';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useT } from '../../i18n/I18nContext';
import { useWorkspace } from '../../workspace/WorkspaceContext';
import { PersonFormModal } from '../people/PersonFormModal';
import {
  GROUP_ERROR_FIELDS,
  groupFields,
  groupFormValues,
  type GroupFields,
  type GroupFormValues,
} from './group-form-values';

interface Props {
  /** The group to edit; absent to create one. */
  group?: Group;
  /** The name a new group starts with (typed into a picker before 新建…). */
  initialName?: string;
  onClose: () => void;
  onSaved: (group: Group) => void;
}

/** Which select a person created from inside the form goes into. */
type PersonTarget = 'headId' | 'memberIds';

export function GroupFormModal({ group, initialName, onClose, onSaved }: Props) {
  const api = useApi();
  const t = useT();
  const { status } = useWorkspace();
  const recordForm = useRecordForm<Group, GroupFormValues, GroupFields>({
    titles: { create: t('groups.createTitle'), edit: t('groups.editTitle') },
    formTestId: 'group-form',
    fieldNames: GROUP_ERROR_FIELDS,
    record: group,
    initialValues: {
      ...groupFormValues(group),
      ...(!group && initialName ? { name: initialName } : {}),
    },
    toFields: groupFields,
    create: (fields) => api['groups.create'](fields),
    update: (changes, { id, rev }) => api['groups.update']({ id, rev, ...changes }),
    onSaved,
    onClose,
  });
  const { form } = recordForm;
  const people = useApiQuery('people.list', {});
  // People created here, shown in the selects until the reloaded list has them.
  const [created, setCreated] = useState<Person[]>([]);
  const [addingFor, setAddingFor] = useState<PersonTarget | null>(null);
  // The open list closes when 新增人员 is chosen, so it does not cover the person form.
  const [openList, setOpenList] = useState<PersonTarget | null>(null);

  const chains = [...status.meta.chains];
  if (group?.chain && !chains.includes(group.chain)) chains.push(group.chain);
  const known = people.data ?? [];
  const options = personOptions([
    ...known,
    ...created.filter((person) => !known.some((other) => other.id === person.id)),
  ]);

  const withAddPerson = (target: PersonTarget) => (menu: ReactElement) =>
    withCreateEntry(menu, {
      label: t('people.create'),
      testId: `group-form-add-person-${target}`,
      onClick: () => {
        setOpenList(null);
        setAddingFor(target);
      },
    });

  // 组长 (one person) and 成员 (several): the people, with 新增人员 under the list.
  const personSelect = (target: PersonTarget, testId: string) => (
    <Select
      mode={target === 'memberIds' ? 'multiple' : undefined}
      allowClear
      showSearch={SEARCH_BY_LABEL}
      loading={people.loading}
      options={options}
      popupRender={withAddPerson(target)}
      open={openList === target}
      onOpenChange={(open) => setOpenList(open ? target : null)}
      data-testid={testId}
    />
  );

  const personCreated = (person: Person) => {
    setCreated((list) => [...list, person]);
    if (addingFor === 'headId') form.setFieldValue('headId', person.id);
    if (addingFor === 'memberIds') {
      const members = form.getFieldValue('memberIds') as string[] | undefined;
      form.setFieldValue('memberIds', [...(members ?? []), person.id]);
    }
    setAddingFor(null);
  };

  // The person form sits beside the group form, not inside it: a form inside a form would pass
  // its submit on to the group form.
  return (
    <>
      {addingFor && <PersonFormModal onClose={() => setAddingFor(null)} onSaved={personCreated} />}
      <FormModal<GroupFormValues> {...recordForm}>
        <TextItem
          name="name"
          label={t('groups.name')}
          maxLength={120}
          required={t('groups.nameRequired')}
          placeholder={t('groups.namePlaceholder')}
        />
        <SelectItem
          name="kind"
          label={t('groups.kind')}
          options={groupKindOptions(t)}
          required={t('groups.kindRequired')}
        />
        <Form.Item name="chain" label={t('groups.chain')}>
          <Select allowClear showSearch={SEARCH_BY_LABEL} options={chainOptions(chains)} />
        </Form.Item>
        <Form.Item name="headId" label={t('groups.head')}>
          {personSelect('headId', 'group-form-head')}
        </Form.Item>
        <Form.Item name="memberIds" label={t('groups.members')}>
          {personSelect('memberIds', 'group-form-members')}
        </Form.Item>
        <Form.Item name="description" label={t('groups.description')}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
      </FormModal>
    </>
  );
}
