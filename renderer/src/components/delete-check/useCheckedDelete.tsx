// Deleting with a pre-check: what stands in the way is shown (with the way out) before 移入回收站?.
import { App } from 'antd';
import { useCallback } from 'react';
import { useApi } from '../../api/ApiContext';
import { isApiError } from '../../api/api-error';
import type { DeleteCheck, GroupSummary } from '../../api/contract-types';
import { useT } from '../../i18n/I18nContext';
import { testId } from '../testid';
import { useNotifyError } from '../useNotifyError';
import {
  useDeleteWithConfirm,
  type DeleteCallbacks,
  type DeleteSpec,
  type NamedRecord,
} from '../useDeleteWithConfirm';
import { DeleteBlockers, type WayOut } from './DeleteBlockers';

type CheckMethod =
  'folios.deleteCheck' | 'groups.deleteCheck' | 'people.deleteCheck' | 'enterprises.deleteCheck';

/** A delete spec with its pre-check; keep it a module-level constant (a hook dependency). */
export interface CheckedDeleteSpec<T extends NamedRecord> extends DeleteSpec<T> {
  check: CheckMethod;
  /** What the dialog offers when something stands in the way (null: change it elsewhere first). */
  wayOut: WayOut;
}

/** The ids the way out covers: exactly the records the check named, so a later one still refuses. */
const namedIds = (check: DeleteCheck) => check.blockers.flatMap((b) => b.records.map((r) => r.id));

/**
 * Deletes a record into the recycle bin, asking the core first what stands in the way. With
 * nothing in the way it is the plain confirmation; otherwise one dialog names the records in the
 * way and offers the way out (unlink the folio from its trips, move the group's folios), and the
 * delete runs with it. The core still refuses if something changed in between.
 */
export function useCheckedDelete<T extends NamedRecord>(
  spec: CheckedDeleteSpec<T>,
): (target: T, callbacks: DeleteCallbacks) => void {
  const api = useApi();
  const t = useT();
  const { message, modal } = App.useApp();
  const notifyError = useNotifyError();
  const plain = useDeleteWithConfirm(spec);
  const { check: checkMethod, wayOut } = spec;

  const run = useCallback(
    async (target: T, check: DeleteCheck, toGroupId: string | undefined) => {
      const ids = namedIds(check);
      if (wayOut === 'unlinkTrips') {
        await api['folios.delete']({ id: target.id, rev: target.rev, unlinkTripIds: ids });
      } else if (wayOut === 'moveFolios' && toGroupId !== undefined) {
        const moveFolios = { toGroupId, folioIds: ids };
        await api['groups.delete']({ id: target.id, rev: target.rev, moveFolios });
      }
    },
    [api, wayOut],
  );

  return useCallback(
    (target, callbacks) => {
      void (async () => {
        let check: DeleteCheck;
        let groups: GroupSummary[] = [];
        try {
          check = await api[checkMethod]({ id: target.id });
          if (check.blockers.length > 0 && wayOut === 'moveFolios') {
            groups = (await api['groups.list']({})).filter((g) => g.id !== target.id);
          }
        } catch (error) {
          notifyError(error);
          return;
        }
        if (check.blockers.length === 0) {
          plain(target, callbacks);
          return;
        }
        let toGroupId: string | undefined;
        const title = t('deleteCheck.title', { name: target.name });
        const content = (close: () => void) => (
          <DeleteBlockers
            check={check}
            wayOut={wayOut}
            groups={groups}
            onOpen={close}
            onPickGroup={(id) => {
              toGroupId = id;
              dialog.update({ okButtonProps: { danger: true, ...testId('confirm-ok') } });
            }}
          />
        );
        if (wayOut === null) {
          const info = modal.info({
            title,
            width: 560,
            content: content(() => info.destroy()),
            okText: t('deleteCheck.understood'),
            okButtonProps: testId('confirm-ok'),
          });
          return;
        }
        const dialog = modal.confirm({
          title,
          width: 560,
          content: content(() => dialog.destroy()),
          okText: t(wayOut === 'unlinkTrips' ? 'deleteCheck.unlinkOk' : 'deleteCheck.moveOk'),
          cancelText: t('common.cancel'),
          okButtonProps: {
            danger: true,
            disabled: wayOut === 'moveFolios',
            ...testId('confirm-ok'),
          },
          cancelButtonProps: testId('confirm-cancel'),
          onOk: async () => {
            try {
              await run(target, check, toGroupId);
            } catch (error) {
              if (isApiError(error) && error.kind === 'conflict') callbacks.onStale?.();
              if (isApiError(error))
                modal.error({ title: t('directory.deleteRefused'), content: error.message });
              else notifyError(error);
              return;
            }
            void message.success(t('common.deleted'));
            callbacks.onDeleted();
          },
        });
      })();
    },
    [api, t, modal, message, notifyError, plain, run, checkMethod, wayOut],
  );
}
