import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Divider, Form, Input, Select } from 'antd';
import { useCallback, useState, type ReactElement } from 'react';
import { useApi } from '../../api/ApiContext';
import type { Group, Person } from '../../api/contract-types';
import { changedFields } from '../../components/changed-fields';
import { chainOptions, groupKindOptions } from '../../components/enum-options';
import { FormModal } from '../../components/FormModal';
import { personOptions, SEARCH_BY_LABEL } from '../../components/record-options';
import { useLoad } from '../../hooks/useLoad';
import { useT } from '../../i18n/I18nContext';
import { useWorkspace } from '../../workspace/WorkspaceContext';
import { PersonFormModal } from '../people/PersonFormModal';
import {
  GROUP_ERROR_FIELDS,
  groupFields,
  groupFormValues,
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
  const { message } = App.useApp();
  const { status } = useWorkspace();
  const [form] = Form.useForm<GroupFormValues>();
  const people = useLoad(useCallback(() => api['people.list']({}), [api]));
  // People created here, shown in the selects until the reloaded list has them.
  const [created, setCreated] = useState<Person[]>([]);
  const [addingFor, setAddingFor] = useState<PersonTarget | null>(null);
  // The open list closes when 新增人员 is chosen, so it does not cover the person form.
  const [openList, setOpenList] = useState<PersonTarget | null>(null);
  const initialValues = {
    ...groupFormValues(group),
    ...(!group && initialName ? { name: initialName } : {}),
  };

  const chains = [...status.meta.chains];
  if (group?.chain && !chains.includes(group.chain)) chains.push(group.chain);
  const known = people.data ?? [];
  const options = personOptions([
    ...known,
    ...created.filter((person) => !known.some((other) => other.id === person.id)),
  ]);

  const withAddPerson = (target: PersonTarget) => (menu: ReactElement) => (
    <>
      {menu}
      <Divider size="small" />
      <Button
        type="link"
        size="small"
        icon={<PlusOutlined />}
        onClick={() => {
          setOpenList(null);
          setAddingFor(target);
        }}
        data-testid={`group-form-add-person-${target}`}
      >
        {t('people.create')}
      </Button>
    </>
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

  const submit = async (values: GroupFormValues) => {
    const fields = groupFields(values);
    if (!group) {
      const saved = await api['groups.create'](fields);
      void message.success(t('common.created'));
      onSaved(saved);
      return;
    }
    const changes = changedFields(groupFields(initialValues), fields);
    if (Object.keys(changes).length === 0) {
      void message.info(t('common.unchanged'));
      onClose();
      return;
    }
    const updated = await api['groups.update']({ id: group.id, rev: group.rev, ...changes });
    void message.success(t('common.saved'));
    onSaved(updated);
  };

  // The person form sits beside the group form, not inside it: a form inside a form would pass
  // its submit on to the group form.
  return (
    <>
      {addingFor && <PersonFormModal onClose={() => setAddingFor(null)} onSaved={personCreated} />}
      <FormModal<GroupFormValues>
        title={group ? t('groups.editTitle') : t('groups.createTitle')}
        form={form}
        formTestId="group-form"
        fieldNames={GROUP_ERROR_FIELDS}
        initialValues={initialValues}
        onSubmit={submit}
        onClose={onClose}
      >
        <Form.Item
          name="name"
          label={t('groups.name')}
          rules={[{ required: true, whitespace: true, message: t('groups.nameRequired') }]}
        >
          <Input
            maxLength={120}
            placeholder={t('groups.namePlaceholder')}
            data-testid="group-form-name"
          />
        </Form.Item>
        <Form.Item
          name="kind"
          label={t('groups.kind')}
          rules={[{ required: true, message: t('groups.kindRequired') }]}
        >
          <Select options={groupKindOptions(t)} data-testid="group-form-kind" />
        </Form.Item>
        <Form.Item name="chain" label={t('groups.chain')}>
          <Select allowClear showSearch={SEARCH_BY_LABEL} options={chainOptions(chains)} />
        </Form.Item>
        <Form.Item name="headId" label={t('groups.head')}>
          <Select
            allowClear
            showSearch={SEARCH_BY_LABEL}
            loading={people.loading}
            options={options}
            popupRender={withAddPerson('headId')}
            open={openList === 'headId'}
            onOpenChange={(open) => setOpenList(open ? 'headId' : null)}
            data-testid="group-form-head"
          />
        </Form.Item>
        <Form.Item name="memberIds" label={t('groups.members')}>
          <Select
            mode="multiple"
            allowClear
            showSearch={SEARCH_BY_LABEL}
            loading={people.loading}
            options={options}
            popupRender={withAddPerson('memberIds')}
            open={openList === 'memberIds'}
            onOpenChange={(open) => setOpenList(open ? 'memberIds' : null)}
            data-testid="group-form-members"
          />
        </Form.Item>
        <Form.Item name="description" label={t('groups.description')}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
      </FormModal>
    </>
  );
}
