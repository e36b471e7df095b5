// Renders 设置 → 公文字体 on a fake API whose workspace.update keeps the font files it is sent.
import { vi } from 'vitest';
import type {
  DossierApi,
  FontReport,
  WorkspaceMeta,
} from '../../../../renderer/src/api/contract-types';
import { FontsCard } from '../../../../renderer/src/pages/settings/FontsCard';
import { fakeApi } from '../../helpers/fake-api';
import { meta, readyStatus } from '../../helpers/fixtures';
import { renderPage } from '../../helpers/render';

/** The card with `report` as the faces in use and `saved` as the stored files; its update spy. */
export function renderFontsCard(report: FontReport, saved: WorkspaceMeta['fontFiles'] = {}) {
  const update = vi.fn<DossierApi['workspace.update']>((patch) =>
    Promise.resolve(meta({ fontFiles: patch.fontFiles ?? {} })),
  );
  renderPage(<FontsCard />, {
    api: fakeApi({
      'documents.fonts': vi.fn(() => Promise.resolve(report)),
      'workspace.update': update,
    }),
    status: readyStatus({}, { fontFiles: saved }),
  });
  return { update };
}
