// Test helper: the folio the undo and redo tests edit, in a county group of its own.
import { openTestCore, type TestCore } from '../../../helpers/core';

/** 温泉旅游度假区 (notes 初次接洽) in 清水县招商工作专班. */
export async function aFolio(t: TestCore) {
  const group = await t.call('groups.create', { name: '清水县招商工作专班', kind: 'county' });
  return t.call('folios.create', { groupId: group.id, name: '温泉旅游度假区', notes: '初次接洽' });
}

/** A test core whose undo stack holds: the folio created, then its notes edited to 第二稿 and 第三稿. */
export async function folioWithDrafts() {
  const t = await openTestCore();
  const folio = await aFolio(t);
  const second = await t.call('folios.update', { id: folio.id, rev: folio.rev, notes: '第二稿' });
  await t.call('folios.update', { id: folio.id, rev: second.rev, notes: '第三稿' });
  return { t, folio };
}
