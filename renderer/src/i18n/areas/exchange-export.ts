// zh-CN and English messages of 导出卷宗 (modal and buttons) and of 导入卷宗's file picker.
import { defineArea } from '../define-area';

/** Messages of 导出卷宗 (the modal and its buttons) and of 导入卷宗's file picker. */
export const exchangeExportMessages = defineArea(
  {
    'exchangeExport.button': '导出卷宗',
    'exchangeExport.selected': '导出所选（{n}）',
    'exchangeExport.all': '导出全部卷宗',
    'exchangeExport.title': '导出卷宗：{scope}',
    'exchangeExport.scopeAll': '全部卷宗',
    'exchangeExport.scopeFolios': '{n} 个项目',
    'exchangeExport.scopeHint': '将一并导出相关的企业、人员、专班、历史、清单、附件等。',
    'exchangeExport.password': '密码（可不填）',
    'exchangeExport.passwordHint': '设置后，对方需输入同一密码才能打开；密码不会保存。',
    'exchangeExport.passwordShort': '密码至少 6 个字符',
    'exchangeExport.passwordAgain': '再次输入密码',
    'exchangeExport.passwordMismatch': '两次输入的密码不一致',
    'exchangeExport.includeGenerated': '包含生成的文档',
    'exchangeExport.submit': '导出',
    'exchangeExport.savedTo': '卷宗已保存到：{path}',
    'exchangeExport.downloaded': '卷宗已下载：{name}',
    'import.button': '导入卷宗',
    'import.passwordTitle': '这份卷宗设有密码',
    'import.password': '密码',
    'import.open': '打开',
  },
  () => ({
    'exchangeExport.button': 'Export dossier',
    'exchangeExport.selected': 'Export selected ({n})',
    'exchangeExport.all': 'Export all dossiers',
    'exchangeExport.title': 'Export dossier: {scope}',
    'exchangeExport.scopeAll': 'Everything',
    'exchangeExport.scopeFolios': '{n} projects',
    'exchangeExport.scopeHint':
      'Related enterprises, people, groups, history, checklists and attachments go with it.',
    'exchangeExport.password': 'Password (optional)',
    'exchangeExport.passwordHint':
      'The receiver needs the same password to open it; it is not stored.',
    'exchangeExport.passwordShort': 'At least 6 characters',
    'exchangeExport.passwordAgain': 'Password again',
    'exchangeExport.passwordMismatch': 'The two passwords differ',
    'exchangeExport.includeGenerated': 'Include generated documents',
    'exchangeExport.submit': 'Export',
    'exchangeExport.savedTo': 'Saved to: {path}',
    'exchangeExport.downloaded': 'Downloaded: {name}',
    'import.button': 'Import dossier',
    'import.passwordTitle': 'This dossier has a password',
    'import.password': 'Password',
    'import.open': 'Open',
  }),
);
