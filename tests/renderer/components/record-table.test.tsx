// Checks the record table's sortable headers: their tooltips come once the table has painted.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RecordTable } from '../../../renderer/src/components/LoadedTable';
import { fakeApi } from '../helpers/fake-api';
import { renderPage } from '../helpers/render';

interface Row {
  id: string;
  name: string;
}

const rows: Row[] = [
  { id: 'a', name: '华天科技封测项目' },
  { id: 'b', name: '天水麻辣烫产业园' },
];

function renderTable() {
  renderPage(
    <RecordTable<Row>
      rows={rows}
      testId="rows"
      emptyText="-"
      columns={[
        { title: '名称', dataIndex: 'name', sorter: (a, b) => a.name.localeCompare(b.name) },
      ]}
    />,
    { api: fakeApi({}) },
  );
}

/** Hovers the sortable header; true when its tooltip (点击升序) shows within half a second. */
async function tooltipOnHover(): Promise<boolean> {
  fireEvent.mouseEnter(screen.getByText('名称'));
  try {
    await screen.findByText('点击升序', {}, { timeout: 500 });
    return true;
  } catch {
    return false;
  } finally {
    fireEvent.mouseLeave(screen.getByText('名称'));
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('record table, sortable headers', () => {
  it('no tooltip before the first frame has painted (the first render makes none)', async () => {
    // No frame ever comes.
    vi.stubGlobal('requestAnimationFrame', () => 0);
    renderTable();
    expect(await tooltipOnHover()).toBe(false);
  });

  it('once the table has painted, a sortable header shows its tooltip on hover', async () => {
    renderTable();
    await waitFor(async () => expect(await tooltipOnHover()).toBe(true));
  });
});
