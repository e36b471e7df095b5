// zh-CN and English messages of 专班协同: the 设置 card and the header's status.
import { defineArea } from '../define-area';

/** Messages of 专班协同: the 设置 card and the header's status. */
export const syncMessages = defineArea(
  {
    'sync.title': '协同',
    'sync.intro':
      '通过单位内网的 CouchDB 服务器与专班同事共享卷宗。默认关闭；关闭时程序完全离线工作。服务器由信息中心按《专班协同部署说明》设置。',
    'sync.enabled': '开启协同',
    'sync.url': '服务器地址',
    'sync.urlHint': '只允许 https:// 地址（本机 127.0.0.1 除外）',
    'sync.username': '用户名',
    'sync.password': '密码',
    'sync.passwordKept': '已保存（留空则不变）',
    'sync.groups': '同步的专班',
    'sync.save': '保存',
    'sync.saved': '协同设置已保存',
    'sync.now': '立即同步',
    'sync.off': '协同未开启',
    'sync.syncing': '同步中',
    'sync.synced': '已同步',
    'sync.offline': '离线',
    'sync.error': '同步失败',
    'sync.conflicts': '需要处理 {n} 个冲突',
    'sync.lastSync': '上次同步 {time}',
    'sync.never': '尚未同步',
  },
  () => ({
    'sync.title': 'Team sync',
    'sync.intro':
      "Share folios with your working group through the office's CouchDB server. Off by default; when off the app works fully offline. IT staff set the server up as in the team sync guide.",
    'sync.enabled': 'Sync on',
    'sync.url': 'Server address',
    'sync.urlHint': 'https:// only (except 127.0.0.1)',
    'sync.username': 'User name',
    'sync.password': 'Password',
    'sync.passwordKept': 'Saved (leave empty to keep)',
    'sync.groups': 'Groups to sync',
    'sync.save': 'Save',
    'sync.saved': 'Team sync settings saved',
    'sync.now': 'Sync now',
    'sync.off': 'Team sync off',
    'sync.syncing': 'Syncing',
    'sync.synced': 'Synced',
    'sync.offline': 'Offline',
    'sync.error': 'Sync failed',
    'sync.conflicts': '{n} conflicts to resolve',
    'sync.lastSync': 'Last sync {time}',
    'sync.never': 'Never synced',
  }),
);
