// Checks a trip's 生成: pack form and rebuilds, 政策包 per enterprise, 考察行程, printing copies.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { DossierApi, FolioDetail } from '../../../renderer/src/api/contract-types';
import { folioSummary } from '../helpers/fixtures';
import { job, webShellTabs } from '../pages/documents/support';
import {
  attachment,
  enterprise,
  folioDetail,
  packGeneration,
  packVersion,
} from './documents-support';
import { chamberTrip, detailOf, item, renderTrip } from './support';

const hongxin = enterprise('ent-0001', '厦门弘信电子科技集团股份有限公司');
const chamber = enterprise('ent-0002', '厦门市甘肃商会');
const flexBoard = folioDetail('folio-0001', '弘信柔性电路板生产基地', hongxin, [
  attachment('att-0001', '项目可研报告.pdf', 'application/pdf'),
  attachment('att-0002', '厂区效果图.png', 'image/png'),
  attachment('att-0003', '投资协议草案.docx', 'application/msword'),
]);
const display = folioDetail('folio-0002', '弘信显示模组项目', hongxin, [
  attachment('att-0004', '产品图.jpg', 'image/jpeg'),
]);

/** Visits both folios at a meeting; the chamber is linked and meets over dinner. */
const trip = chamberTrip({
  days: [
    {
      date: '2024-03-29',
      items: [
        item('item-0001', '09:00', '11:00', {
          kind: 'meeting',
          title: '与弘信电子集团对接洽谈',
          folioIds: ['folio-0001', 'folio-0002'],
        }),
      ],
    },
  ],
});
const detail = {
  ...detailOf(trip),
  folios: [
    folioSummary('folio-0001', '弘信柔性电路板生产基地'),
    folioSummary('folio-0002', '弘信显示模组项目'),
  ],
  enterprises: [chamber],
};

function foliosGet() {
  const byId = new Map<string, FolioDetail>([
    ['folio-0001', flexBoard],
    ['folio-0002', display],
  ]);
  return vi.fn<DossierApi['folios.get']>(({ id }) => {
    const found = byId.get(id);
    return found ? Promise.resolve(found) : Promise.reject(new Error(id));
  });
}

async function openGenerate(entry: 'agenda' | 'policy' | 'pack') {
  fireEvent.click(screen.getByTestId('trip-generate'));
  fireEvent.click(await screen.findByTestId(`trip-generate-${entry}`));
}

/** A `documents.generate` whose job is done at once, having built `done` files. */
const finishing = (done: number) =>
  vi.fn<DossierApi['documents.generate']>(() => Promise.resolve(job({ state: 'done', done })));

/** The trip page with a pack of `copies` copies built through 生成 (printing with `print`). */
async function buildPack(copies: number, print: DossierApi['documents.print']) {
  const done = job({
    state: 'done',
    done: 1,
    generations: [packGeneration('gen-000001', trip.id, copies)],
  });
  await renderTrip(detail, {
    'folios.get': foliosGet(),
    'documents.generate': vi.fn(() => Promise.resolve(done)),
    'documents.print': print,
  });
  await openGenerate('pack');
  await screen.findByTestId('trip-pack-attachments');
  fireEvent.click(screen.getByTestId('trip-document-submit'));
}

/** The text input inside a control whose test id sits on a wrapper. */
function inputOf(testId: string): HTMLInputElement {
  const el = screen.getByTestId(testId);
  const input = el instanceof HTMLInputElement ? el : el.querySelector('input');
  if (!input) throw new Error(`no input in ${testId}`);
  return input;
}

describe('a trip’s documents: 生成', () => {
  it('the pack form sends the copies, duplex, the attachments left ticked and the marks', async () => {
    const generate = finishing(1);
    await renderTrip(detail, { 'folios.get': foliosGet(), 'documents.generate': generate });
    await openGenerate('pack');

    const list = await screen.findByTestId('trip-pack-attachments');
    // PDFs and pictures are offered, the Word file is not.
    expect(within(list).queryByText('投资协议草案.docx')).toBeNull();
    fireEvent.click(screen.getByTestId('trip-pack-attachment-folio-0001/att-0002'));
    fireEvent.change(inputOf('trip-pack-copies'), { target: { value: '3' } });
    fireEvent.click(screen.getByTestId('trip-pack-duplex'));
    fireEvent.change(inputOf('document-classification'), { target: { value: '秘密' } });
    fireEvent.click(screen.getByTestId('trip-document-submit'));

    await waitFor(() =>
      expect(generate).toHaveBeenCalledWith({
        requests: [
          {
            template: 'meetingPack',
            tripId: 'trip-0001',
            copies: 3,
            duplex: true,
            attachments: [
              { folioId: 'folio-0001', attachmentId: 'att-0001' },
              { folioId: 'folio-0002', attachmentId: 'att-0004' },
            ],
          },
        ],
        formats: ['pdf'],
        marks: { internal: true, draft: false, classification: '秘密' },
      }),
    );
  });

  it('the pack form offers Word as the other briefings do, and sends it', async () => {
    const generate = vi.fn<DossierApi['documents.generate']>(() =>
      Promise.resolve(job({ state: 'done', done: 1 })),
    );
    await renderTrip(detail, { 'folios.get': foliosGet(), 'documents.generate': generate });
    await openGenerate('pack');
    await screen.findByTestId('trip-pack-attachments');
    fireEvent.click(screen.getByTestId('document-format-docx'));
    fireEvent.click(screen.getByTestId('trip-document-submit'));
    await waitFor(() =>
      expect(generate).toHaveBeenCalledWith(expect.objectContaining({ formats: ['docx'] })),
    );
  });

  it('a rebuild starts from the copies and duplex of the pack built last', async () => {
    const generate = finishing(1);
    const built = { ...trip, packVersions: [packVersion(1, { copies: 5, duplex: true })] };
    await renderTrip(
      { ...detail, trip: built },
      { 'folios.get': foliosGet(), 'documents.generate': generate },
    );
    await openGenerate('pack');
    await screen.findByTestId('trip-pack-attachments');
    fireEvent.click(screen.getByTestId('trip-document-submit'));

    await waitFor(() => expect(generate).toHaveBeenCalledTimes(1));
    expect(generate.mock.calls[0]?.[0].requests[0]).toMatchObject({ copies: 5, duplex: true });
  });

  it('政策包 sends one request per enterprise the trip visits, each once', async () => {
    const generate = finishing(2);
    await renderTrip(detail, { 'folios.get': foliosGet(), 'documents.generate': generate });
    await openGenerate('policy');

    const offered = await screen.findByTestId('trip-policy-enterprises');
    expect(within(offered).getAllByRole('checkbox')).toHaveLength(2);
    fireEvent.click(screen.getByTestId('trip-document-submit'));

    await waitFor(() => expect(generate).toHaveBeenCalledTimes(1));
    expect(generate.mock.calls[0]?.[0].requests).toEqual([
      { template: 'policyPackage', enterpriseId: 'ent-0002' },
      { template: 'policyPackage', enterpriseId: 'ent-0001' },
    ]);
  });

  it('考察行程 sends the trip with the chosen format', async () => {
    const generate = finishing(1);
    await renderTrip(detail, { 'documents.generate': generate });
    await openGenerate('agenda');

    fireEvent.click(await screen.findByText('PDF'));
    fireEvent.click(screen.getByTestId('document-mark-internal'));
    fireEvent.click(screen.getByTestId('trip-document-submit'));

    await waitFor(() =>
      expect(generate).toHaveBeenCalledWith({
        requests: [{ template: 'tripAgenda', tripId: 'trip-0001' }],
        formats: ['pdf'],
        marks: { internal: true, draft: false },
      }),
    );
  });

  it('a built pack lists each copy; 打印 on the desktop prints that copy', async () => {
    const print = vi.fn<DossierApi['documents.print']>(() =>
      Promise.resolve({ printed: true, url: null }),
    );
    await buildPack(3, print);

    const results = await screen.findByTestId('document-results');
    expect(within(results).getByText('第001份')).toBeTruthy();
    expect(within(results).getByText('第003份')).toBeTruthy();
    fireEvent.click(within(results).getByTestId('generation-copy-print-002'));

    await waitFor(() =>
      expect(print).toHaveBeenCalledWith({
        generationId: 'gen-000001',
        format: 'pdf',
        copyNumber: '002',
      }),
    );
  });

  it('in the web shell, 打印 opens the copy’s PDF in a new tab with the session token', async () => {
    const { untilOpened } = webShellTabs();
    const print = vi.fn<DossierApi['documents.print']>(({ copyNumber }) =>
      Promise.resolve({ printed: false, url: `/generated/gen-000001/pdf-${copyNumber}?inline=1` }),
    );
    await buildPack(2, print);
    fireEvent.click(await screen.findByTestId('generation-copy-print-002'));

    await untilOpened('/generated/gen-000001/pdf-002?inline=1&token=tok-1');
  });
});
