// Checks 生成记录 (templates, pages, files, SHA-256, open and save) and 生成 on a folio or group.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { DossierApi } from '../../../../renderer/src/api/contract-types';
import { GenerateDocumentButton } from '../../../../renderer/src/pages/documents/GenerateDocumentButton';
import { GenerationHistory } from '../../../../renderer/src/pages/documents/GenerationHistory';
import { fakeApi } from '../../helpers/fake-api';
import { renderPage } from '../../helpers/render';
import { expectTexts } from '../../helpers/rows';
import { generation, job, webShellTabs } from './support';

describe('生成记录', () => {
  it('lists each generation with its template, pages, files and a short SHA-256', async () => {
    const history = vi.fn<DossierApi['documents.history']>(() =>
      Promise.resolve([generation('gen-000001', { missingGlyphs: ['𰻞'] })]),
    );
    renderPage(<GenerationHistory recordId="folio-0001" />, {
      api: fakeApi({ 'documents.history': history }),
    });

    const table = await screen.findByTestId('generation-history');
    expect(await within(table).findByText('关于华天科技封测基地项目的简报')).toBeTruthy();
    expect(history).toHaveBeenCalledWith({ recordId: 'folio-0001' });
    expectTexts(table, ['项目简报', '王芳']);
    expectTexts(table, ['Word 3 页', 'PDF 4 页', 'PDF 0123456789ab', '打开 Word']);
    expect(within(table).getByTestId('generation-problems')).toBeTruthy();
  });

  it('names a group report by its period: 月调度 or 工作周报', async () => {
    const request = {
      template: 'groupReport' as const,
      groupId: 'group-0001',
      period: 'month' as const,
      from: '2025-02-01',
      to: '2025-02-28',
    };
    renderPage(<GenerationHistory />, {
      api: fakeApi({
        'documents.history': vi.fn(() =>
          Promise.resolve([generation('gen-000003', { request, title: '月调度：新能源专班' })]),
        ),
      }),
    });

    const table = await screen.findByTestId('generation-history');
    expect(await within(table).findByText('月调度')).toBeTruthy();
  });

  it('opens a PDF in the web shell in a new tab, inline and with the session token', async () => {
    const { untilOpened } = webShellTabs();
    const open = vi.fn<DossierApi['documents.open']>(() =>
      Promise.resolve({ opened: false, url: '/generated/gen-000001/pdf' }),
    );
    renderPage(<GenerationHistory />, {
      api: fakeApi({
        'documents.history': vi.fn(() => Promise.resolve([generation('gen-000001')])),
        'documents.open': open,
      }),
    });

    fireEvent.click(await screen.findByText('打开 PDF'));

    await untilOpened('/generated/gen-000001/pdf?inline=1&token=tok-1');
    expect(open).toHaveBeenCalledWith({ generationId: 'gen-000001', format: 'pdf' });
  });

  it('保存到… on the desktop says where the files went', async () => {
    const saveAs = vi.fn<DossierApi['documents.saveAs']>(() =>
      Promise.resolve({ folder: 'D:\\材料\\三月', urls: [] }),
    );
    renderPage(<GenerationHistory />, {
      api: fakeApi({
        'documents.history': vi.fn(() => Promise.resolve([generation('gen-000001')])),
        'documents.saveAs': saveAs,
      }),
    });

    fireEvent.click(await screen.findByText('保存到…'));

    expect(await screen.findByText('已保存到 D:\\材料\\三月')).toBeTruthy();
    expect(saveAs).toHaveBeenCalledWith({ generationId: 'gen-000001' });
  });
});

describe('生成 on a record', () => {
  it('offers the templates that fit a folio and sends the request for that folio', async () => {
    const generate = vi.fn<DossierApi['documents.generate']>(() =>
      Promise.resolve(job({ state: 'done', done: 1, generations: [generation('gen-000002')] })),
    );
    renderPage(
      <GenerateDocumentButton
        target={{ kind: 'folio', id: 'folio-0001', name: '华天科技封测基地' }}
      />,
      { api: fakeApi({ 'documents.generate': generate }) },
    );

    fireEvent.click(screen.getByTestId('generate-document'));
    expect(await screen.findByText('项目简报')).toBeTruthy();
    expect(screen.queryByText('投资机会清单')).toBeNull();
    fireEvent.click(screen.getByText('政策包'));

    expect(await screen.findByText('生成文档：华天科技封测基地')).toBeTruthy();
    expect(screen.getByTestId('document-target').textContent).toBe('华天科技封测基地');
    fireEvent.click(screen.getByTestId('document-generate'));

    await waitFor(() =>
      expect(generate).toHaveBeenCalledWith({
        requests: [{ template: 'policyPackage', folioId: 'folio-0001' }],
        formats: ['docx', 'pdf'],
        marks: { internal: false, draft: false },
      }),
    );
    expect(await screen.findByText('已生成')).toBeTruthy();
    expect(screen.getByText('打开 PDF')).toBeTruthy();
  });

  it('a group offers its 投资机会清单 and 工作周报 / 月调度, not the folio templates', async () => {
    renderPage(
      <GenerateDocumentButton target={{ kind: 'group', id: 'group-0001', name: '新能源专班' }} />,
      { api: fakeApi({}) },
    );

    fireEvent.click(screen.getByTestId('generate-document'));

    expect(await screen.findByText('投资机会清单')).toBeTruthy();
    expect(screen.getByText('工作周报 / 月调度')).toBeTruthy();
    expect(screen.queryByText('项目简报')).toBeNull();
  });
});
