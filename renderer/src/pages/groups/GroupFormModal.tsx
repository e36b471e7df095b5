import { App, Form, Input, Select } from 'antd';
import { useCallback } from 'react';
import { useApi } from '../../api/ApiContext';
import type { Group } from '../../api/contract-types';
import { changedFields } from '../../components/changed-fields';
import { chainOptions, groupKindOptions } from '../../components/enum-options';
import { FormModal } from '../../components/FormModal';
import { personOptions, SEARCH_BY_LABEL } from '../../components/record-options';
import { useLoad } from '../../hooks/useLoad';
import { useT } from '../../i18n/I18nContext';
import { useWorkspace } from '../../workspace/WorkspaceContext';
import {
  GROUP_FORM_FIELDS,
  groupFields,
  groupFormValues,
  type GroupFormValues,
} from './group-form-values';

interface Props {
  /** The group to edit; absent to create one. */
  group?: Group;
  onClose: () => void;
  onSaved: (group: Group) => void;
}

export function GroupFormModal({ group, onClose, onSaved }: Props) {
  const api = useApi();
  const t = useT();
  const { message } = App.useApp();
  const { status } = useWorkspace();
  const [form] = Form.useForm<GroupFormValues>();
  const people = useLoad(useCallback(() => api['people.list']({}), [api]));
  const initialValues = groupFormValues(group);

  const chains = [...status.meta.chains];
  if (group?.chain && !chains.includes(group.chain)) chains.push(group.chain);

  const submit = async (values: GroupFormValues) => {
    const fields = groupFields(values);
    if (!group) {
      const created = await api['groups.create'](fields);
      void message.success(t('common.created'));
      onSaved(created);
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

  return (
    <FormModal<GroupFormValues>
      title={group ? t('groups.editTitle') : t('groups.createTitle')}
      form={form}
      formTestId="group-form"
      fieldNames={GROUP_FORM_FIELDS}
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
          options={personOptions(people.data ?? [])}
        />
      </Form.Item>
      <Form.Item name="description" label={t('groups.description')}>
        <Input.TextArea rows={3} maxLength={5000} />
      </Form.Item>
    </FormModal>
  );
}
