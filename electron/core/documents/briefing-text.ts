// The plain text of a briefing, line by line in reading order: what both writers must put on the page.
import type { Briefing } from './model';
import {
  KEY_VALUE_SEPARATOR,
  prepareBriefing,
  type PreparedBlock,
  type PreparedRun,
} from './prepare';

/**
 * The plain text of a briefing, one entry per line in reading order: what both writers must put
 * on the page (and what a text extractor must get back). Marks (内部资料, 草稿), page numbers and
 * table headers repeated on later pages are page furniture, not text, and are left out. Table
 * cells of one row are joined by a tab.
 */
export function briefingText(model: Briefing): string[] {
  const p = prepareBriefing(model);
  const lines: string[] = [...p.header];
  if (p.redHeader) lines.push(p.redHeader);
  for (const s of [p.title, p.subtitle, p.byline]) if (s) lines.push(s);
  for (const block of p.blocks) lines.push(...blockText(block));
  return lines.flatMap((line) => line.split('\n'));
}

const runsText = (runs: readonly PreparedRun[]) => runs.map((r) => r.text).join('');

function blockText(block: PreparedBlock): string[] {
  switch (block.kind) {
    case 'heading':
      return [block.label + block.text];
    case 'paragraph':
      return [runsText(block.runs)];
    case 'table': {
      const rows = [block.columns.map((c) => c.title), ...block.rows];
      if (block.totals) rows.push(block.totals);
      return [...(block.caption ? [block.caption] : []), ...rows.map((r) => r.join('\t'))];
    }
    case 'keyValue':
      return block.items.map((i) => i.key + KEY_VALUE_SEPARATOR + i.value);
    case 'list':
      return block.items.map((i) => i.marker + runsText(i.runs));
    case 'image':
      return block.caption ? [block.caption] : [];
    case 'chart':
      return [block.title];
    case 'pageBreak':
      return [];
  }
}
