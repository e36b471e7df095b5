// Actions on generated files: open, print (desktop dialog or web tab), save to a folder, labels.
import { App } from 'antd';
import { useCallback } from 'react';
import { useApi } from '../../api/ApiContext';
import type { GeneratedFile, Generation } from '../../api/contract-types';
import { useNotifyError } from '../../components/useNotifyError';
import { useT } from '../../i18n/I18nContext';
import { download, withToken } from '../folios/detail/attachment-file';

export interface FileActions {
  open: (generation: Generation, file: GeneratedFile) => Promise<void>;
  /** A PDF to paper: the system print dialog on the desktop, a new tab to print from on the web. */
  print: (generation: Generation, file: GeneratedFile) => Promise<void>;
  saveAs: (generation: Generation) => Promise<void>;
}

/** The label of a format on buttons: Word or PDF. */
export function formatLabel(format: GeneratedFile['format']): string {
  return format === 'docx' ? 'Word' : 'PDF';
}

/** A file among its generation's: its format, and its 份号 when it is one of numbered copies. */
export function fileLabel(file: GeneratedFile): string {
  return file.copyNumber
    ? `${formatLabel(file.format)} ${file.copyNumber}`
    : formatLabel(file.format);
}

/** Which file of a generation: its format, and its 份号 when it is a numbered copy. */
function fileInput(generation: Generation, file: GeneratedFile) {
  const which = { generationId: generation.id, format: file.format };
  return file.copyNumber ? { ...which, copyNumber: file.copyNumber } : which;
}

/**
 * 打开, 打印 and 保存到… for a generation's files. The desktop app opens and copies the files itself;
 * the web shell gives addresses: a PDF opens in a new tab (to read or print), a Word file downloads.
 */
export function useFileActions(): FileActions {
  const api = useApi();
  const t = useT();
  const notifyError = useNotifyError();
  const { message } = App.useApp();

  const open = useCallback(
    async (generation: Generation, file: GeneratedFile) => {
      try {
        const result = await api['documents.open'](fileInput(generation, file));
        if (result.url && file.format === 'pdf') {
          window.open(withToken(`${result.url}?inline=1`), '_blank', 'noopener');
        } else if (result.url) {
          download(result.url, file.name);
        } else if (result.opened) {
          void message.success(t('documents.opened', { name: file.name }));
        }
      } catch (error) {
        notifyError(error);
      }
    },
    [api, message, notifyError, t],
  );

  const print = useCallback(
    async (generation: Generation, file: GeneratedFile) => {
      try {
        const result = await api['documents.print'](fileInput(generation, file));
        if (result.url) window.open(withToken(result.url), '_blank', 'noopener');
      } catch (error) {
        notifyError(error);
      }
    },
    [api, notifyError],
  );

  const saveAs = useCallback(
    async (generation: Generation) => {
      try {
        const result = await api['documents.saveAs']({ generationId: generation.id });
        for (const { url, name } of result.urls) download(url, name);
        if (result.folder) void message.success(t('documents.savedTo', { folder: result.folder }));
      } catch (error) {
        notifyError(error);
      }
    },
    [api, message, notifyError, t],
  );

  return { open, print, saveAs };
}
