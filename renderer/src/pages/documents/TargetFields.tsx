// The record pickers a template asks for (folio, enterprise, group, chain, trip), loaded when shown.
import { Form, Radio, Select } from 'antd';
import { useCallback } from 'react';
import { useApi } from '../../api/ApiContext';
import {
  enterpriseOptions,
  folioOptions,
  groupOptions,
  SEARCH_BY_LABEL,
} from '../../components/record-options';
import { useLoad } from '../../hooks/useLoad';
import { useT } from '../../i18n/I18nContext';
import type { MessageKey } from '../../i18n/translate';
import { useWorkspace } from '../../workspace/WorkspaceContext';
import type { DocumentFormValues, FormTemplate } from './requests';

type PickerKind = 'folio' | 'enterprise' | 'group' | 'chain';

const PLACEHOLDER: Record<PickerKind, MessageKey> = {
  folio: 'documents.pickFolio',
  enterprise: 'documents.pickEnterprise',
  group: 'documents.pickGroup',
  chain: 'documents.pickChain',
};

/** The lists the pickers show: they reload when one of these changes. */
const PICKER_DOMAINS = ['folios', 'enterprises', 'groups'] as const;

/** One record picker, loading its list only when it is shown. */
function Picker({ kind }: { kind: PickerKind }) {
  const api = useApi();
  const t = useT();
  const { status } = useWorkspace();
  const options = useLoad(
    useCallback(async () => {
      if (kind === 'folio') return folioOptions(await api['folios.list']({}));
      if (kind === 'enterprise') return enterpriseOptions(await api['enterprises.list']({}));
      if (kind === 'group') return groupOptions(await api['groups.list']({}));
      return status.meta.chains.map((chain) => ({ value: chain, label: chain }));
    }, [api, kind, status.meta.chains]),
    PICKER_DOMAINS,
  );
  return (
    <Form.Item
      name={kind === 'chain' ? 'chain' : `${kind}Id`}
      label={t(`documents.${kind}`)}
      rules={[{ required: true, message: t(PLACEHOLDER[kind]) }]}
    >
      <Select
        showSearch={SEARCH_BY_LABEL}
        loading={options.loading}
        options={options.data ?? []}
        placeholder={t(PLACEHOLDER[kind])}
        className="doc-target-select"
        data-testid={`document-pick-${kind}`}
      />
    </Form.Item>
  );
}

/** 政策包 and 投资机会清单 ask first what they are of; the pickers follow the answer. */
function useChoice<K extends 'policyOf' | 'scope'>(name: K): DocumentFormValues[K] {
  return Form.useWatch<DocumentFormValues[K]>(name);
}

/** The record(s) a briefing is made from, by template: what the officer picks on the 文档 page. */
export function TargetFields({ template }: { template: FormTemplate }) {
  const t = useT();
  const policyOf = useChoice('policyOf');
  const scope = useChoice('scope');
  switch (template) {
    case 'projectBrief':
      return <Picker kind="folio" />;
    case 'policyPackage':
      return (
        <>
          <Form.Item name="policyOf" label={t('documents.policyOf')}>
            <Radio.Group
              options={[
                { value: 'folio', label: t('documents.policyOfFolio') },
                { value: 'enterprise', label: t('documents.policyOfEnterprise') },
              ]}
            />
          </Form.Item>
          <Picker kind={policyOf === 'enterprise' ? 'enterprise' : 'folio'} />
        </>
      );
    case 'opportunityList':
      return (
        <>
          <Form.Item name="scope" label={t('documents.scope')}>
            <Radio.Group
              options={[
                { value: 'all', label: t('documents.scopeAll') },
                { value: 'group', label: t('documents.scopeGroup') },
                { value: 'chain', label: t('documents.scopeChain') },
              ]}
            />
          </Form.Item>
          {scope === 'group' && <Picker kind="group" />}
          {scope === 'chain' && <Picker kind="chain" />}
        </>
      );
    case 'groupReport':
      return <Picker kind="group" />;
  }
}
