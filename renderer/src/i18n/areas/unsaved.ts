// zh-CN and English messages of the questions asked before unsaved input would be thrown away.
import { defineArea } from '../define-area';

/** Messages of the questions asked before unsaved input would be thrown away. */
export const unsavedMessages = defineArea(
  {
    'unsaved.formTitle': '放弃未保存的修改？',
    'unsaved.formContent': '关闭后，刚才填写的内容不会保存。',
    'unsaved.pageTitle': '离开此页？',
    'unsaved.pageContent': '此页有未保存的修改，离开后这些修改将丢失。',
    'unsaved.discard': '放弃修改',
    'unsaved.leave': '离开',
    'unsaved.keep': '继续编辑',
  },
  () => ({
    'unsaved.formTitle': 'Discard unsaved changes?',
    'unsaved.formContent': 'If you close now, what you entered is not saved.',
    'unsaved.pageTitle': 'Leave this page?',
    'unsaved.pageContent': 'This page has unsaved changes; they are lost if you leave.',
    'unsaved.discard': 'Discard',
    'unsaved.leave': 'Leave',
    'unsaved.keep': 'Keep editing',
  }),
);
