// zh-CN and English messages of the first-run path (从空白开始) and of 新建… inside pickers.
import { defineArea } from '../define-area';

/** Messages of the first-run path (从空白开始) and of 新建… inside pickers. */
export const firstRunMessages = defineArea(
  {
    'firstRun.title': '从空白开始：三步建好第一个项目卷宗',
    'firstRun.intro': '按顺序完成下面三步。以后在历史记录、生成记录和打印材料中都会写明由谁办理。',
    'firstRun.who': '您的姓名和单位',
    'firstRun.whoHint': '记入每条修改历史和生成记录，单位用作材料落款。',
    'firstRun.name': '您的姓名',
    'firstRun.nameRequired': '请填写您的姓名',
    'firstRun.unit': '所在单位（落款单位）',
    'firstRun.unitPlaceholder': '例如：天水市招商局',
    'firstRun.whoSave': '保存并继续',
    'firstRun.whoDone': '{name}（{unit}）',
    'firstRun.group': '新建工作专班',
    'firstRun.groupHint': '项目卷宗都归属于一个专班，例如“数字经济产业链招商专班”。',
    'firstRun.groupDone': '已有 {count} 个专班',
    'firstRun.folio': '新建项目卷宗',
    'firstRun.folioHint': '填写项目名称、所属专班和金额（可直接输入“5亿”），其余可以以后补充。',
    'firstRun.later': '稍后再说',
    'picker.create': '新建…',
    'picker.createNamed': '新建“{name}”…',
  },
  () => ({
    'firstRun.title': 'Starting blank: three steps to your first folio',
    'firstRun.intro':
      'Complete the steps below in order. History, generation records and printed material will then say who did the work.',
    'firstRun.who': 'Your name and unit',
    'firstRun.whoHint':
      'Written into every change history and generation record; the unit signs documents.',
    'firstRun.name': 'Your name',
    'firstRun.nameRequired': 'Please enter your name',
    'firstRun.unit': 'Your unit (issuing unit)',
    'firstRun.unitPlaceholder': 'e.g. Tianshui Investment Promotion Bureau',
    'firstRun.whoSave': 'Save and continue',
    'firstRun.whoDone': '{name} ({unit})',
    'firstRun.group': 'Create a working group',
    'firstRun.groupHint': 'Every folio belongs to a working group.',
    'firstRun.groupDone': '{count} groups',
    'firstRun.folio': 'Create a folio',
    'firstRun.folioHint':
      'Enter the project name, its group and amounts (type "5亿" directly); the rest can follow later.',
    'firstRun.later': 'Later',
    'picker.create': 'New…',
    'picker.createNamed': 'New "{name}"…',
  }),
);
