// Test helper: the demo workspace file as shipped, read as plain data (names and texts).
import { readFileSync } from 'node:fs';

const DEMO = new URL('../../resources/demo/demo-workspace.json', import.meta.url);

/** A record of the demo file by its name. */
type Named = { name: string };

/** What tests read of the demo file: the records' names, and the folios' blockers and progress. */
export interface DemoFile {
  folios: Array<
    Named & { blockers?: Array<{ problem: string }>; progress?: Array<{ text: string }> }
  >;
  groups: Named[];
  enterprises: Named[];
  people: Named[];
}

/** The demo workspace file, read afresh. */
export function readDemoFile(): DemoFile {
  return JSON.parse(readFileSync(DEMO, 'utf8')) as DemoFile;
}
