// Checks the 附件 tab: files over 25 MB refused first, uploads with the rev, refusals, web downloads.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { DossierApi } from '../../../../../renderer/src/api/contract-types';
import { apiError } from '../../../helpers/fake-api';
import { detailFolio, openTab, renderDetail } from './support';

function drop(file: File): void {
  const input = screen.getByTestId('attachment-upload').querySelector('input[type="file"]');
  if (!input) throw new Error('no file input');
  fireEvent.change(input, { target: { files: [file] } });
}

const attachment = {
  id: 'attachment-0001',
  name: '会议纪要.txt',
  sha256: 'a'.repeat(64),
  size: 6,
  mime: 'text/plain',
  addedAt: '2025-03-01T08:00:00.000Z',
};

describe('附件', () => {
  it('a file over 25 MB is refused with the reason, before anything is sent', async () => {
    const add = vi.fn<DossierApi['attachments.add']>();
    await renderDetail(detailFolio(), { 'attachments.add': add });
    openTab('attachments');

    const big = new File(['x'], '厂房设计图.zip', { type: 'application/zip' });
    Object.defineProperty(big, 'size', { value: 26 * 1024 * 1024 });
    drop(big);

    expect(await screen.findByText(/“厂房设计图.zip”有 26.0 MB，超过 25 MB 上限/)).toBeTruthy();
    expect(add).not.toHaveBeenCalled();
  });

  it('a file is sent as base64 with its name, type and the folio’s rev, then listed', async () => {
    const stored = detailFolio();
    const add = vi.fn<DossierApi['attachments.add']>(() =>
      Promise.resolve({ ...stored, rev: stored.rev + 1, attachments: [attachment] }),
    );
    await renderDetail(stored, { 'attachments.add': add });
    openTab('attachments');

    drop(new File(['你好'], '会议纪要.txt', { type: 'text/plain' }));

    await waitFor(() => expect(add).toHaveBeenCalledTimes(1));
    expect(add).toHaveBeenCalledWith({
      folioId: stored.id,
      rev: stored.rev,
      name: '会议纪要.txt',
      mime: 'text/plain',
      dataBase64: btoa(String.fromCharCode(...new TextEncoder().encode('你好'))),
    });
    const row = await screen.findByTestId('attachment-row');
    expect(within(row).getByText('会议纪要.txt')).toBeTruthy();
    expect(within(row).getByText('6 B')).toBeTruthy();
  });

  it('shows the server’s refusal', async () => {
    const add = vi.fn<DossierApi['attachments.add']>(() =>
      Promise.reject(apiError({ kind: 'store', message: '磁盘空间不足，附件未保存。' })),
    );
    await renderDetail(detailFolio(), { 'attachments.add': add });
    openTab('attachments');

    drop(new File(['x'], '照片.jpg', { type: 'image/jpeg' }));

    expect(await screen.findByText('磁盘空间不足，附件未保存。')).toBeTruthy();
  });

  it('打开 in the web shell downloads from the address given, with the session token', async () => {
    sessionStorage.setItem('dossier.token', 'token-123');
    const open = vi.fn<DossierApi['attachments.open']>(() =>
      Promise.resolve({ opened: false, url: '/attachments/abc' }),
    );
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(`${this.getAttribute('href') ?? ''} ${this.download}`);
    });
    await renderDetail(detailFolio({ attachments: [attachment] }), { 'attachments.open': open });
    openTab('attachments');

    fireEvent.click(screen.getByTestId('attachment-open'));

    await waitFor(() => expect(clicked).toEqual(['/attachments/abc?token=token-123 会议纪要.txt']));
    expect(open).toHaveBeenCalledWith({ folioId: 'folio-0001', attachmentId: attachment.id });
  });
});
