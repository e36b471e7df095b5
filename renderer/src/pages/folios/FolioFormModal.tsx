// The form to create or edit a folio; an edit sends only the changed fields, with id and rev.
import { Col, Form, Input, Row, Select } from 'antd';
import { useEffect } from 'react';
import { useApi } from '../../api/ApiContext';
import type { Folio } from '../../api/contract-types';
import { chainOptions, stageOptions } from '../../components/enum-options';
import { FormModal } from '../../components/FormModal';
import { SelectItem } from '../../components/SelectItem';

import { useRecordForm } from '../../components/useRecordForm';
import {
  enterpriseOptions,
  groupOptions,
  personOptions,
  SEARCH_BY_LABEL,
} from '../../components/record-options';
import { filterByNameOrPinyin, loadPinyin } from '../../components/pinyin-filter';
import { useInlineCreate, type InlineCreate } from '../../components/useInlineCreate';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useT } from '../../i18n/I18nContext';
import { useWorkspace } from '../../workspace/WorkspaceContext';
import { EnterpriseFormModal } from '../enterprises/EnterpriseFormModal';
import { GroupFormModal } from '../groups/GroupFormModal';
import { PersonFormModal } from '../people/PersonFormModal';
import {
  FOLIO_FORM_FIELDS,
  folioFields,
  folioFormValues,
  type FolioFields,
  type FolioFormValues,
} from './folio-form-values';
import { MoneyInput } from './MoneyInput';

interface Props {
  /** The folio to edit; absent to create one. */
  folio?: Folio;
  /** The group a new folio starts in. */
  defaultGroupId?: string;
  /**
   * Sends an edit's changed fields (with the id and rev); the folio page passes its own, which
   * reloads on a conflict. Without it the form calls `folios.update` itself.
   */
  update?: (changes: Partial<FolioFields>) => Promise<Folio>;
  onClose: () => void;
  onSaved: (folio: Folio) => void;
}

/** Create or edit a folio. An edit sends only the changed fields, with the id and rev. */
export function FolioFormModal({ folio, defaultGroupId, update, onClose, onSaved }: Props) {
  const api = useApi();
  const t = useT();
  const { status } = useWorkspace();
  const groups = useApiQuery('groups.list', {});
  const enterprises = useApiQuery('enterprises.list', {});
  const people = useApiQuery('people.list', {});
  const recordForm = useRecordForm<Folio, FolioFormValues, FolioFields>({
    titles: { create: t('folios.createTitle'), edit: t('folios.editTitle') },
    formTestId: 'folio-form',
    fieldNames: FOLIO_FORM_FIELDS,
    record: folio,
    initialValues: folioFormValues(folio, defaultGroupId),
    toFields: folioFields,
    create: (fields, values) => api['folios.create']({ ...fields, stage: values.stage ?? 'lead' }),
    update: (changes, { id, rev }) =>
      update ? update(changes) : api['folios.update']({ id, rev, ...changes }),
    onSaved,
    onClose,
  });

  const { form } = recordForm;
  useEffect(() => {
    void loadPinyin();
  }, []);
  const groupPicker = useInlineCreate('folio-form-group');
  const enterprisePicker = useInlineCreate('folio-form-enterprise');
  const leaderPicker = useInlineCreate('folio-form-leader');
  const stewardPicker = useInlineCreate('folio-form-steward');
  const personPicker = leaderPicker.creating !== null ? leaderPicker : stewardPicker;

  const chains = [...status.meta.chains];
  if (folio?.chain && !chains.includes(folio.chain)) chains.push(folio.chain);
  const peopleOptions = personOptions(people.data ?? []);

  /** A record made from 新建… in a picker: its dialog closes, the list is loaded again and the new one chosen. */
  const madeIn =
    (
      picker: InlineCreate,
      list: { reload: () => void },
      field: 'groupId' | 'enterpriseId' | 'leaderId' | 'stewardId',
    ) =>
    (record: { id: string }) => {
      picker.close();
      list.reload();
      form.setFieldValue(field, record.id);
      void form.validateFields([field]).catch(() => undefined);
    };

  // The forms of 新建… sit beside the folio form, not inside it (a form in a form submits both).
  return (
    <>
      {groupPicker.creating !== null && (
        <GroupFormModal
          initialName={groupPicker.creating}
          onClose={groupPicker.close}
          onSaved={madeIn(groupPicker, groups, 'groupId')}
        />
      )}
      {enterprisePicker.creating !== null && (
        <EnterpriseFormModal
          initialName={enterprisePicker.creating}
          onClose={enterprisePicker.close}
          onSaved={madeIn(enterprisePicker, enterprises, 'enterpriseId')}
        />
      )}
      {personPicker.creating !== null && (
        <PersonFormModal
          initialName={personPicker.creating}
          onClose={personPicker.close}
          onSaved={madeIn(
            personPicker,
            people,
            personPicker === leaderPicker ? 'leaderId' : 'stewardId',
          )}
        />
      )}
      <FormModal<FolioFormValues> {...recordForm}>
        <Form.Item
          name="name"
          label={t('folios.name')}
          rules={[{ required: true, whitespace: true, message: t('folios.nameRequired') }]}
        >
          <Input maxLength={120} data-testid="folio-form-name" />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              name="groupId"
              label={t('folios.group')}
              rules={[{ required: true, message: t('folios.groupRequired') }]}
            >
              <Select
                showSearch={{ ...SEARCH_BY_LABEL, onSearch: groupPicker.onSearch }}
                loading={groups.loading}
                options={groupOptions(groups.data ?? [])}
                {...groupPicker.selectProps}
                data-testid="folio-form-group"
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="enterpriseId" label={t('folios.enterprise')}>
              <Select
                allowClear
                showSearch={{ ...SEARCH_BY_LABEL, onSearch: enterprisePicker.onSearch }}
                loading={enterprises.loading}
                options={enterpriseOptions(enterprises.data ?? [])}
                {...enterprisePicker.selectProps}
                data-testid="folio-form-enterprise"
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="chain" label={t('folios.chain')}>
              <Select allowClear showSearch={SEARCH_BY_LABEL} options={chainOptions(chains)} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="location" label={t('folios.location')}>
              <Input maxLength={80} data-testid="folio-form-location" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="totalInvestment" label={t('folios.totalInvestmentWan')}>
              <MoneyInput data-testid="folio-form-total" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="fundsInPlace" label={t('folios.fundsInPlaceWan')}>
              <MoneyInput data-testid="folio-form-funds" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="expectedOutput" label={t('folioDetail.expectedOutputWan')}>
              <MoneyInput data-testid="folio-form-output" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="responsibleUnit" label={t('folioDetail.responsibleUnit')}>
              <Input maxLength={120} data-testid="folio-form-unit" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="leaderId" label={t('folios.leader')}>
              <Select
                allowClear
                showSearch={{ filterOption: filterByNameOrPinyin, onSearch: leaderPicker.onSearch }}
                loading={people.loading}
                options={peopleOptions}
                {...leaderPicker.selectProps}
                data-testid="folio-form-leader"
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="stewardId" label={t('folios.steward')}>
              <Select
                allowClear
                showSearch={{
                  filterOption: filterByNameOrPinyin,
                  onSearch: stewardPicker.onSearch,
                }}
                loading={people.loading}
                options={peopleOptions}
                {...stewardPicker.selectProps}
                data-testid="folio-form-steward"
              />
            </Form.Item>
          </Col>
          {!folio && (
            <Col span={12}>
              <SelectItem name="stage" label={t('folios.stage')} options={stageOptions(t)} />
            </Col>
          )}
          <Col span={24}>
            <Form.Item name="tags" label={t('folioDetail.tags')}>
              <Select
                mode="tags"
                tokenSeparators={[',', '，', '、']}
                maxCount={30}
                data-testid="folio-form-tags"
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="notes" label={t('folios.notes')}>
          <Input.TextArea rows={3} maxLength={20_000} />
        </Form.Item>
      </FormModal>
    </>
  );
}
