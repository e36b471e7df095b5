// The application menu (standard roles, Help → 关于) and the text of the About box.
import type { MenuItemConstructorOptions } from 'electron';
import type { AboutInfo } from '../core/services/app/handlers';

/** The text of Help → 关于: version, runtime, data folder and the log to send to support. */
export function aboutText(about: AboutInfo): string {
  return [
    `版本 Version: ${about.version}`,
    `运行环境 Runtime: ${about.runtime}`,
    `数据文件夹 Data folder: ${about.dataDir}`,
    `日志文件 Log file: ${about.logFile ?? '（未记录 none）'}`,
    '',
    '出现问题时，可把日志文件发给技术支持。',
    'If something goes wrong, send the log file to whoever supports you.',
  ].join('\n');
}

export interface MenuActions {
  showAbout: () => void;
  showLog: () => void;
}

/**
 * The application menu: the standard roles (so copy, paste, undo and zoom keep their keys) and
 * 帮助 with 关于 and the log's folder.
 */
export function menuTemplate(
  platform: NodeJS.Platform,
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  return [
    ...(platform === 'darwin' ? [{ role: 'appMenu' } as const] : []),
    { role: 'fileMenu', label: '文件' },
    { role: 'editMenu', label: '编辑' },
    { role: 'viewMenu', label: '视图' },
    { role: 'windowMenu', label: '窗口' },
    {
      role: 'help',
      label: '帮助',
      submenu: [
        { label: '关于 招商卷宗', id: 'about', click: actions.showAbout },
        { label: '打开日志文件夹', id: 'show-log', click: actions.showLog },
      ],
    },
  ];
}
