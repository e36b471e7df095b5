// The header's search box: one search over every record, hits grouped by kind, highlighted.
import { SearchOutlined } from '@ant-design/icons';
import { AutoComplete, Input, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { isApiError } from '../../api/api-error';
import { useT } from '../../i18n/I18nContext';
import { Highlight } from './Highlight';
import { groupByKind, openHit } from './hit-route';
import { useSearch, type SearchHit, type SearchOptions } from './useSearch';

const valueOf = (hit: SearchHit) => `${hit.kind}:${hit.id}`;

/** Room for the whole placeholder beside the icon and the clear button (checked at 1280×720). */
const SEARCH_WIDTH = 320;

function HitLabel({ hit, query }: { hit: SearchHit; query: string }) {
  return (
    <div data-testid="search-hit" style={{ padding: '2px 0', whiteSpace: 'normal' }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
        <Typography.Text strong ellipsis>
          <Highlight text={hit.title} query={query} />
        </Typography.Text>
        <Tag style={{ marginInlineEnd: 0, flex: 'none' }}>{hit.field}</Tag>
      </div>
      {hit.snippet !== hit.title && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          <Highlight text={hit.snippet} query={query} />
        </Typography.Text>
      )}
    </div>
  );
}

/**
 * The search box in the header: one search over every record (logs and blockers included,
 * pinyin too). Hits are grouped by kind; picking one opens it.
 */
export function GlobalSearch(options: SearchOptions) {
  const t = useT();
  const [text, setText] = useState('');
  const { query, hits, error, pending } = useSearch(text, options);

  const byValue = useMemo(() => new Map(hits.map((hit) => [valueOf(hit), hit])), [hits]);
  const groups = useMemo(
    () =>
      groupByKind(hits).map(([kind, list]) => ({
        label: t('search.group', { kind: t(`search.kind.${kind}`), count: list.length }),
        options: list.map((hit) => ({
          value: valueOf(hit),
          label: <HitLabel hit={hit} query={query} />,
        })),
      })),
    [hits, query, t],
  );

  const empty = error
    ? t('search.failed', {
        message: isApiError(error) ? error.message : t('common.unexpectedError'),
      })
    : text.trim() && !pending
      ? t('search.empty')
      : null;

  return (
    <AutoComplete
      value={text}
      options={groups}
      onChange={(value: string) => setText(value)}
      onSelect={(value: string) => {
        const hit = byValue.get(value);
        setText('');
        if (hit) openHit(hit);
      }}
      filterOption={false}
      notFoundContent={empty}
      popupMatchSelectWidth={440}
      virtual={false}
      listHeight={420}
      style={{ width: SEARCH_WIDTH, marginInlineStart: 'auto' }}
    >
      <Input
        data-testid="global-search"
        prefix={<SearchOutlined />}
        placeholder={t('search.placeholder')}
        aria-label={t('search.label')}
        maxLength={100}
        allowClear
      />
    </AutoComplete>
  );
}
