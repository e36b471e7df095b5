// Checks the demo's 考察行程 tables: each time range on one line, long places broken between their words.
import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../../../electron/core/documents/model';
import { cellEms, cellLines } from '../../../electron/core/documents/words/cell-lines';
import { NO_LINE_END, NO_LINE_START } from '../../../electron/core/documents/words/kinsoku';
import { Lexicon, lexiconWords } from '../../../electron/core/documents/words/lexicon';
import { composeBriefing } from '../../../electron/core/services/briefings/compose';
import { withDemo } from '../../office/demo-cases';

/** Every 考察行程 of the demo: its schedule tables and the lexicon its lines are broken with. */
async function demoAgendas() {
  return withDemo((session) =>
    [...session.store().all('trips')].map((trip) => {
      const request = { template: 'tripAgenda' as const, tripId: trip.id };
      const { briefing } = composeBriefing(session, request, { internal: true, draft: false });
      const tables = briefing.blocks.filter(
        (b): b is TableBlock => b.kind === 'table' && b.columns[0]?.title === '时间',
      );
      return { tables, lexicon: new Lexicon(lexiconWords(briefing.lexicon ?? [])) };
    }),
  );
}

describe('考察行程 cells over the demo', () => {
  it('sets every time range on one line, on every day’s table alike', async () => {
    const agendas = await demoAgendas();
    expect(agendas.length).toBeGreaterThan(0);
    for (const { tables } of agendas) {
      expect(tables.length).toBeGreaterThan(0);
      for (const table of tables) {
        const width = cellEms(table.columns[0]?.width ?? 0);
        for (const row of table.rows) {
          const time = row[0] ?? '';
          expect(cellLines(time, width), time).toEqual([time]);
        }
      }
    }
  });

  it('breaks a place wider than its column only between words, with no lone bracket', async () => {
    for (const { tables, lexicon } of await demoAgendas()) {
      for (const table of tables) {
        const at = table.columns.findIndex((c) => c.title === '地点');
        const width = cellEms(table.columns[at]?.width ?? 0);
        for (const row of table.rows) {
          const lines = cellLines(row[at] ?? '', width, lexicon);
          for (const line of lines)
            expect(
              [...line].every((c) => NO_LINE_END.has(c) || NO_LINE_START.has(c)),
              line,
            ).toBe(false);
          // 张家川县工|业园区, 花舞北山旅|游度假区 were the demo's splits.
          const breaks = lines.slice(1).map((l, i) => `${lines[i]?.slice(-2)}|${l.slice(0, 2)}`);
          for (const seam of ['县工|业园', '山旅|游度', '深|加工', '度|假区', '国|际机'])
            expect(breaks.join(' '), row[at]).not.toContain(seam);
        }
      }
    }
  });
});
