// zh-CN and English messages of the delete pre-check: what stands in the way, and the way out.
import { defineArea } from '../define-area';

/** Messages of the dialog shown before a delete when something still uses the record. */
export const deleteCheckMessages = defineArea(
  {
    'deleteCheck.title': '删除“{name}”前需要处理',
    'deleteCheck.inUse': '以下记录还在使用它：',
    'deleteCheck.more': '等 {count} 项',
    'deleteCheck.unlinkHint': '可以直接从这些考察中取消关联该项目，再把项目移入回收站（可撤销）。',
    'deleteCheck.unlinkOk': '取消关联并删除',
    'deleteCheck.moveHint': '把这些项目移到：',
    'deleteCheck.movePlaceholder': '选择接收项目的专班',
    'deleteCheck.moveAfter': '再把专班移入回收站（可撤销）。',
    'deleteCheck.noOtherGroup': '没有其他专班可以接收这些项目，请先新建一个专班。',
    'deleteCheck.moveOk': '移动项目并删除专班',
    'deleteCheck.changeFirst':
      '请先在这些记录中改由他人担任或取消关联，再删除。点名称可以打开该记录。',
    'deleteCheck.understood': '知道了',
  },
  () => ({
    'deleteCheck.title': 'Before deleting “{name}”',
    'deleteCheck.inUse': 'These records still use it:',
    'deleteCheck.more': 'and {count} in all',
    'deleteCheck.unlinkHint':
      'The project can be unlinked from these trips and then moved to the recycle bin (undoable).',
    'deleteCheck.unlinkOk': 'Unlink and delete',
    'deleteCheck.moveHint': 'Move these projects to:',
    'deleteCheck.movePlaceholder': 'Choose the working group that takes them',
    'deleteCheck.moveAfter': 'then move the group to the recycle bin (undoable).',
    'deleteCheck.noOtherGroup': 'No other working group can take these projects; create one first.',
    'deleteCheck.moveOk': 'Move projects and delete group',
    'deleteCheck.changeFirst':
      'Change or unlink it in these records first, then delete. Click a name to open the record.',
    'deleteCheck.understood': 'OK',
  }),
);
