// Test helper: the records of the AI server project the service tests share: its group and its enterprise.
import type { Calls } from './calls';

/** AI智算协同产业化平台项目招引工作专班, a project group. */
export function aiGroup(t: Calls) {
  return t.call('groups.create', { name: 'AI智算协同产业化平台项目招引工作专班', kind: 'project' });
}

/** 厦门弘信电子科技集团股份有限公司, a listed enterprise. */
export function hongxin(t: Calls) {
  return t.call('enterprises.create', { name: '厦门弘信电子科技集团股份有限公司', kind: 'listed' });
}
