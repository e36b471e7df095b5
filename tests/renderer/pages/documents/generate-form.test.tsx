// Checks the 文档 generate form: requests sent, targets required, progress, cancel, 〓 retry, periods.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { DossierApi } from '../../../../renderer/src/api/contract-types';
import { isMutation } from '../../../../renderer/src/api/mutations';
import { DocumentsPage } from '../../../../renderer/src/pages/documents/DocumentsPage';
import { quickRange } from '../../../../renderer/src/pages/documents/requests';
import { fakeApi } from '../../helpers/fake-api';
import { folioSummary, groupSummary } from '../../helpers/fixtures';
import { renderPage } from '../../helpers/render';
import { pickOption } from '../folios/detail/support';
import { deferred, generation, job } from './support';

function listApi(overrides: Partial<DossierApi>): DossierApi {
  return fakeApi({
    'folios.list': vi.fn(() => Promise.resolve([folioSummary('folio-0001', '华天科技封测基地')])),
    'groups.list': vi.fn(() => Promise.resolve([groupSummary('group-0001', '集成电路封测专班')])),
    'documents.history': vi.fn(() => Promise.resolve([])),
    ...overrides,
  });
}

/** The radio input of the option showing `label` (clicking its text does not reach it here). */
function radio(label: string): HTMLInputElement {
  const input = screen.getByText(label).closest('label')?.querySelector('input');
  if (!input) throw new Error(`no radio ${label}`);
  return input;
}

describe('文档 page: the generate form', () => {
  it('sends the chosen folio, both formats and the ticked marks, then offers the files', async () => {
    const done = job({ state: 'done', done: 1, generations: [generation('gen-000001')] });
    const generate = vi.fn<DossierApi['documents.generate']>(() => Promise.resolve(done));
    const history = vi.fn<DossierApi['documents.history']>(() => Promise.resolve([]));
    renderPage(<DocumentsPage />, {
      api: listApi({ 'documents.generate': generate, 'documents.history': history }),
    });

    await pickOption('document-pick-folio', '华天科技封测基地');
    fireEvent.click(screen.getByTestId('document-mark-internal'));
    fireEvent.click(screen.getByTestId('document-mark-draft'));
    fireEvent.click(screen.getByTestId('document-mark-red-header'));
    fireEvent.change(screen.getByTestId('document-copy-number'), { target: { value: ' 000123 ' } });
    fireEvent.click(screen.getByTestId('document-generate'));

    await waitFor(() =>
      expect(generate).toHaveBeenCalledWith({
        requests: [{ template: 'projectBrief', folioId: 'folio-0001' }],
        formats: ['docx', 'pdf'],
        marks: { internal: true, draft: true, copyNumber: '000123', redHeader: true },
      }),
    );
    expect(await screen.findByText('已生成')).toBeTruthy();
    expect(screen.getByText('关于华天科技封测基地项目的简报')).toBeTruthy();
    expect(screen.getByText('打开 Word')).toBeTruthy();
    expect(screen.getByText('打开 PDF')).toBeTruthy();
    // The finished job refreshes 生成记录 below.
    await waitFor(() => expect(history.mock.calls.length).toBeGreaterThan(1));
  });

  it('a 月调度 of a group for 上月 sends the group, the month and its dates, as PDF only', async () => {
    const generate = vi.fn<DossierApi['documents.generate']>(() =>
      Promise.resolve(job({ state: 'done', done: 1 })),
    );
    renderPage(<DocumentsPage />, { api: listApi({ 'documents.generate': generate }) });

    fireEvent.click(radio('工作周报 / 月调度'));
    await screen.findByTestId('document-pick-group');
    await pickOption('document-pick-group', '集成电路封测专班');
    fireEvent.click(screen.getByTestId('document-range-lastMonth'));
    fireEvent.click(radio('PDF'));
    fireEvent.click(screen.getByTestId('document-generate'));

    const now = new Date();
    const day = (d: Date) => d.toLocaleDateString('sv-SE');
    await waitFor(() =>
      expect(generate).toHaveBeenCalledWith({
        requests: [
          {
            template: 'groupReport',
            groupId: 'group-0001',
            period: 'month',
            from: day(new Date(now.getFullYear(), now.getMonth() - 1, 1)),
            to: day(new Date(now.getFullYear(), now.getMonth(), 0)),
          },
        ],
        formats: ['pdf'],
        marks: { internal: false, draft: false },
      }),
    );
  });

  it('a target left empty is named and nothing is sent', async () => {
    const generate = vi.fn<DossierApi['documents.generate']>();
    renderPage(<DocumentsPage />, { api: listApi({ 'documents.generate': generate }) });

    fireEvent.click(screen.getByTestId('document-generate'));

    const error = await screen.findByText('请选择项目', {
      selector: '.ant-form-item-explain-error',
    });
    expect(error).toBeTruthy();
    expect(generate).not.toHaveBeenCalled();
  });

  it('shows the progress with the title being written, and 取消 cancels the job', async () => {
    const running = job({ total: 2, done: 1, current: '关于陇南锂电项目的简报' });
    const poll = deferred<ReturnType<typeof job>>();
    const cancelled = job({ state: 'cancelled', total: 2, done: 1 });
    const cancel = vi.fn<DossierApi['documents.cancel']>(() => Promise.resolve(cancelled));
    const follow = vi.fn<DossierApi['documents.job']>(() => poll.promise);
    renderPage(<DocumentsPage />, {
      api: listApi({
        'documents.generate': vi.fn(() => Promise.resolve(running)),
        'documents.job': follow,
        'documents.cancel': cancel,
      }),
    });

    await pickOption('document-pick-folio', '华天科技封测基地');
    fireEvent.click(screen.getByTestId('document-generate'));

    expect(await screen.findByText('正在生成：关于陇南锂电项目的简报')).toBeTruthy();
    expect(screen.getByText('已完成 1 / 2 份')).toBeTruthy();
    expect(follow).toHaveBeenCalledWith({ jobId: 'job-000001', waitMs: 10_000 });
    fireEvent.click(screen.getByTestId('document-cancel'));

    await waitFor(() => expect(cancel).toHaveBeenCalledWith({ jobId: 'job-000001' }));
    expect(await screen.findByText('已取消生成')).toBeTruthy();
    poll.resolve(cancelled);
  });

  it('a failure for characters no font has offers to go on with 〓, sending replace', async () => {
    const failed = job({
      state: 'failed',
      error: '有 1 个字符所有字体都没有，无法生成。',
      missingGlyphs: ['𰻞'],
    });
    const generate = vi
      .fn<DossierApi['documents.generate']>()
      .mockResolvedValueOnce(failed)
      .mockResolvedValueOnce(job({ state: 'done', done: 1 }));
    renderPage(<DocumentsPage />, { api: listApi({ 'documents.generate': generate }) });

    await pickOption('document-pick-folio', '华天科技封测基地');
    fireEvent.click(screen.getByTestId('document-generate'));

    expect(await screen.findByText('有 1 个字符所有字体都没有，无法生成。')).toBeTruthy();
    expect(screen.getByText('以下字符所有字体都没有：𰻞（U+30EDE）')).toBeTruthy();
    fireEvent.click(screen.getByText('仍然生成（缺字以〓代替）'));

    await waitFor(() => expect(generate).toHaveBeenCalledTimes(2));
    expect(generate.mock.calls[1]?.[0]).toEqual({
      requests: [{ template: 'projectBrief', folioId: 'folio-0001' }],
      formats: ['docx', 'pdf'],
      marks: { internal: false, draft: false },
      missingGlyphs: 'replace',
    });
  });

  it('a batch with failed documents names each one and still offers the ones made', async () => {
    const failed = job({
      state: 'failed',
      total: 3,
      done: 3,
      error: '3 份文档中有 2 份未能生成：“甲简报”、“乙简报”。其余已生成。',
      generations: [generation('gen-000001')],
      failures: [
        { title: '甲简报', message: '字体缺字', missingGlyphs: [] },
        { title: '乙简报', message: '图表无法绘制', missingGlyphs: [] },
      ],
    });
    const generate = vi.fn<DossierApi['documents.generate']>(() => Promise.resolve(failed));
    renderPage(<DocumentsPage />, { api: listApi({ 'documents.generate': generate }) });

    await pickOption('document-pick-folio', '华天科技封测基地');
    fireEvent.click(screen.getByTestId('document-generate'));

    const list = await screen.findByTestId('document-failures');
    expect(list.textContent).toContain('甲简报：字体缺字');
    expect(list.textContent).toContain('乙简报：图表无法绘制');
    expect(screen.getByText('关于华天科技封测基地项目的简报')).toBeTruthy();
    expect(screen.getByText('打开 PDF')).toBeTruthy();
  });

  it('本周 / 上周 run Monday to Sunday, 上月 the whole calendar month', () => {
    const wednesday = new Date(2025, 2, 5);
    expect(quickRange('thisWeek', wednesday)).toEqual({
      period: 'week',
      from: '2025-03-03',
      to: '2025-03-09',
    });
    expect(quickRange('lastWeek', new Date(2025, 2, 9))).toEqual({
      period: 'week',
      from: '2025-02-24',
      to: '2025-03-02',
    });
    expect(quickRange('lastMonth', wednesday)).toEqual({
      period: 'month',
      from: '2025-02-01',
      to: '2025-02-28',
    });
  });

  it('document calls are not changes (a long poll must not reload every page)', () => {
    expect(isMutation('documents.job')).toBe(false);
    expect(isMutation('documents.history')).toBe(false);
    expect(isMutation('documents.fonts')).toBe(false);
  });
});
