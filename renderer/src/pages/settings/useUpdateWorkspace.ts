// Saves part of the workspace settings and puts the new meta into the open workspace.
import type { FormInstance } from 'antd';
import { useCallback } from 'react';
import { useApi } from '../../api/ApiContext';
import type { InputOf } from '../../api/contract-types';
import { applyServerErrors } from '../../components/server-errors';
import { useNotifyError } from '../../components/useNotifyError';
import { useWorkspace } from '../../workspace/WorkspaceContext';

type Patch = InputOf<'workspace.update'>;

/**
 * Saves part of the workspace's settings and puts the new meta into the open workspace, so the
 * header and every form see it at once. A refusal lands on the form's field, or as a message.
 * Resolves whether it was saved.
 */
export function useUpdateWorkspace(): (patch: Patch, form: FormInstance) => Promise<boolean> {
  const api = useApi();
  const notifyError = useNotifyError();
  const { status, setStatus } = useWorkspace();
  return useCallback(
    async (patch, form) => {
      try {
        const meta = await api['workspace.update'](patch);
        setStatus({ ...status, meta });
        return true;
      } catch (error) {
        if (!applyServerErrors(form, error, ['name', 'operator', 'issuerUnit'])) notifyError(error);
        return false;
      }
    },
    [api, notifyError, status, setStatus],
  );
}
