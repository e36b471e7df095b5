// zh-CN and English messages of the header's search box.
import { defineArea } from '../define-area';

/** Messages of the search area. */
export const searchMessages = defineArea(
  {
    'search.placeholder': '项目、专班、客商、人员（支持拼音）',
    'search.label': '搜索项目、专班、客商、人员（支持拼音）',
    'search.group': '{kind}（{count}）',
    'search.kind.folio': '项目',
    'search.kind.group': '专班',
    'search.kind.enterprise': '客商',
    'search.kind.person': '人员',
    'search.empty': '没有找到相关记录',
    'search.failed': '搜索失败：{message}',
  },
  () => ({
    'search.placeholder': 'Folios, groups, enterprises, people',
    'search.label': 'Search folios, groups, enterprises, people (pinyin works)',
    'search.group': '{kind} ({count})',
    'search.kind.folio': 'Folios',
    'search.kind.group': 'Working groups',
    'search.kind.enterprise': 'Enterprises',
    'search.kind.person': 'People',
    'search.empty': 'Nothing found',
    'search.failed': 'Search failed: {message}',
  }),
);
