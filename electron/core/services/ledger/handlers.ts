// The ledger.* (台账) methods: preview an import, apply it, keep the mapping, export.
import { DossierError } from '../../api/errors';
import type { LedgerApplied } from '../../api/ledger-views';
import type { HandlerSet } from '../../api/registry';
import type { LedgerMapping } from '../../model/ledger-mapping';
import { headerSignature, chooseHeader } from '../../ledger/header';
import { type LedgerBook, readLedgerFile } from '../../ledger/read-file';
import type { ChangeSet } from '../../store/types';
import type { Session } from '../session';
import { exportLedger } from './export';
import { planImport } from './plan';

interface FileInput {
  fileName: string;
  dataBase64: string;
  mapping: LedgerMapping;
}

async function readInput(input: FileInput): Promise<LedgerBook> {
  return readLedgerFile(input.fileName, Buffer.from(input.dataBase64, 'base64'));
}

/** The workspace meta with this file's mapping kept (newest first, one per header). */
function withSavedMapping(
  session: Session,
  book: LedgerBook,
  mapping: LedgerMapping,
): ChangeSet['meta'] {
  const meta = session.store().meta;
  const sheet = book.sheets.find((s) => s.name === mapping.sheet) ?? book.sheets[0];
  if (!sheet) return meta;
  const headers = headerSignature(chooseHeader(sheet, mapping).columns);
  const others = (meta.ledgerMappings ?? []).filter((m) => m.headers !== headers);
  const saved = { headers, mapping, savedAt: session.clock.now().toISOString() };
  return { ...meta, ledgerMappings: [saved, ...others].slice(0, 50) };
}

/**
 * 台账 in and out. Preview reads the file and says what would happen; apply reads it again and
 * decides again inside its exclusive section, takes a backup, and writes everything in one
 * commit (one 撤销 step), or nothing when a row has a problem the officer has not waived.
 */
export function ledgerHandlers(session: Session): HandlerSet {
  return {
    'ledger.preview': async (input) => {
      const book = await readInput(input);
      return planImport(session, book, input.fileName, input.mapping).preview;
    },

    'ledger.apply': async (input): Promise<LedgerApplied> => {
      const book = await readInput(input);
      const plan = planImport(session, book, input.fileName, input.mapping);
      if (plan.problemRows > 0 && !input.skipProblems) {
        const first = plan.preview.problems[0]?.text ?? '';
        throw new DossierError(
          'validation',
          `台账有 ${plan.problemRows} 处问题，未导入任何内容。请改正后重新导入，或选择跳过有问题的行。${first ? `（${first}）` : ''}`,
          plan.preview.problems
            .slice(0, 50)
            .map((p) => ({ path: `row.${p.row ?? 0}`, message: p.text })),
        );
      }
      const change = plan.change;
      const writes = Object.values(change.put ?? {}).some((list) => list.length > 0);
      if (input.saveMapping) change.meta = withSavedMapping(session, book, input.mapping);
      if (!writes && !input.saveMapping) return { preview: plan.preview, backupId: null };
      const backup = await session.store().backup('ledger-import');
      const { new: created, update } = plan.preview.counts;
      await session.commit(
        change,
        `导入台账“${input.fileName}”：新建 ${created} 个项目，更新 ${update} 个`,
      );
      return { preview: plan.preview, backupId: backup.id };
    },

    'ledger.export': async (input) => exportLedger(session, input),
  };
}
