// The folio list's filters: 专班, 产业链, 阶段, 地点, 包抓领导, and the follow-up toggles.
import { Button, Checkbox, Input, Select, Space, type SelectProps } from 'antd';
import type { FolioFilter, Stage } from '../../api/contract-types';
import { chainOptions, stageOptions } from '../../components/enum-options';
import { groupOptions, personOptions, SEARCH_BY_LABEL } from '../../components/record-options';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useT } from '../../i18n/I18nContext';
import type { MessageKey } from '../../i18n/zh-CN';
import { useWorkspace } from '../../workspace/WorkspaceContext';
import { hasFilter } from './folio-filter';

interface Props {
  filter: FolioFilter;
  onChange: (filter: FolioFilter) => void;
}

const WIDE = { style: { width: 180 } };

const FLAGS = [
  ['overdue', 'folioFilter.overdue'],
  ['openBlockers', 'folioFilter.openBlockers'],
  ['stale', 'folioFilter.stale'],
] as const;

/** The folio list's filters: 专班, 产业链, 阶段, 地点, 包抓领导, and the follow-up toggles. */
export function FolioFilterBar({ filter, onChange }: Props) {
  const t = useT();
  const { status } = useWorkspace();
  const groups = useApiQuery('groups.list', {});
  const people = useApiQuery('people.list', {});
  // Empty values (a cleared select, an unticked box) simply drop out of the address.
  const set = <K extends keyof FolioFilter>(key: K, value: FolioFilter[K]) =>
    onChange({ ...filter, [key]: value });
  const chains = status.meta.chains.includes(filter.chain ?? '')
    ? status.meta.chains
    : [...status.meta.chains, ...(filter.chain ? [filter.chain] : [])];
  const commitLocation = (value: string) => {
    if (value.trim() !== (filter.location ?? '')) set('location', value.trim());
  };

  // One of the single-choice filters, searchable by its options' labels (`folios-<name>-filter`).
  const pick = (
    key: 'groupId' | 'chain' | 'leaderId' | 'stewardId',
    placeholder: MessageKey,
    options: SelectProps['options'],
    name: string,
    look: Pick<SelectProps, 'className' | 'style'>,
  ) => (
    <Select
      allowClear
      {...look}
      placeholder={t(placeholder)}
      showSearch={SEARCH_BY_LABEL}
      value={filter[key]}
      onChange={(value: string | undefined) => set(key, value)}
      options={options}
      data-testid={`folios-${name}-filter`}
    />
  );

  return (
    <Space wrap className="block-gap-bottom" data-testid="folios-filter-bar">
      {pick('groupId', 'folios.allGroups', groupOptions(groups.data ?? []), 'group', {
        className: 'filter-select',
      })}
      {pick('chain', 'folioFilter.allChains', chainOptions(chains), 'chain', {
        style: { width: 160 },
      })}
      <Select<Stage[]>
        mode="multiple"
        allowClear
        maxTagCount={2}
        style={{ minWidth: 180, maxWidth: 320 }}
        placeholder={t('folioFilter.allStages')}
        value={filter.stages ?? []}
        onChange={(value) => set('stages', value)}
        options={stageOptions(t)}
        data-testid="folios-stage-filter"
      />
      <Input.Search
        key={filter.location ?? ''}
        allowClear
        style={{ width: 180 }}
        placeholder={t('folioFilter.location')}
        defaultValue={filter.location}
        onSearch={commitLocation}
        onBlur={(event) => commitLocation(event.target.value)}
        data-testid="folios-location-filter"
      />
      {pick('leaderId', 'folioFilter.allLeaders', personOptions(people.data ?? []), 'leader', WIDE)}
      {pick(
        'stewardId',
        'folioFilter.allStewards',
        personOptions(people.data ?? []),
        'steward',
        WIDE,
      )}
      {FLAGS.map(([flag, label]) => (
        <Checkbox
          key={flag}
          checked={filter[flag] === true}
          onChange={(event) => set(flag, event.target.checked)}
          data-testid={`folios-${flag}-filter`}
        >
          {t(label)}
        </Checkbox>
      ))}
      {hasFilter(filter) && (
        <Button type="link" onClick={() => onChange({})} data-testid="folios-filter-clear">
          {t('folioFilter.clear')}
        </Button>
      )}
    </Space>
  );
}
