// The desktop's 选择字体文件 handler: only the app's page may open it; it answers the path or null.
import { describe, expect, it, vi } from 'vitest';
import { createFontDialogHandler, type FontOpenDialog } from '../../electron/main/font-dialog';

const APP = ['app://dossier'];
const from = (url: string | null) => ({ senderFrame: url === null ? null : { url } });

function fakeDialog(answer: { canceled: boolean; filePaths: string[] } | Error) {
  const asked: Parameters<FontOpenDialog['showOpenDialog']>[0][] = [];
  const dialog: FontOpenDialog = {
    showOpenDialog: (options) => {
      asked.push(options);
      return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
    },
  };
  return { dialog, asked };
}

describe('font dialog handler', () => {
  it('answers the chosen font file, offering only .ttf, .otf and .ttc files', async () => {
    const { dialog, asked } = fakeDialog({
      canceled: false,
      filePaths: ['C:\\Fonts\\simfang.ttf'],
    });
    const handle = createFontDialogHandler(dialog, APP);
    expect(await handle(from('app://dossier/index.html'))).toEqual({
      ok: true,
      result: 'C:\\Fonts\\simfang.ttf',
    });
    expect(asked).toHaveLength(1);
    expect(asked[0]?.properties).toEqual(['openFile']);
    expect(asked[0]?.filters.flatMap((filter) => filter.extensions)).toEqual(['ttf', 'otf', 'ttc']);
  });

  it('answers null when the officer cancels', async () => {
    const { dialog } = fakeDialog({ canceled: true, filePaths: [] });
    const handle = createFontDialogHandler(dialog, APP);
    expect(await handle(from('app://dossier/index.html'))).toEqual({ ok: true, result: null });
  });

  it('refuses any other sender without opening a dialog', async () => {
    const { dialog, asked } = fakeDialog({ canceled: false, filePaths: ['/tmp/x.ttf'] });
    const handle = createFontDialogHandler(dialog, APP);
    for (const event of [from('https://evil.example/'), from('file:///index.html'), from(null)]) {
      const outcome = await handle(event);
      expect(outcome.ok).toBe(false);
      expect(outcome.ok ? null : outcome.error.kind).toBe('unauthorized');
    }
    expect(asked).toHaveLength(0);
  });

  it('a dialog that fails says to type the path instead, and never throws', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { dialog } = fakeDialog(new Error('no display'));
    const handle = createFontDialogHandler(dialog, APP);
    const outcome = await handle(from('app://dossier/index.html'));
    expect(outcome.ok ? null : outcome.error.message).toContain('字体文件路径');
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
  });
});
