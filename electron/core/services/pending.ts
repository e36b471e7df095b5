import { DossierError } from '../api/errors';
import type { HandlerSet } from '../api/registry';

const notYet = async (): Promise<never> => {
  throw new DossierError('internal', '该功能正在开发中。');
};

/**
 * Methods of the contract whose services are being written. Each helper moves its methods
 * out of here into its own service file; the registry refuses a method registered twice.
 */
export function pendingHandlers(): HandlerSet {
  return {
    'workspace.update': notYet,
    'undo.status': notYet,
    'undo.undo': notYet,
    'trash.list': notYet,
    'trash.restore': notYet,
    'trash.purge': notYet,
    'search.query': notYet,
    'dashboard.stats': notYet,
    'folios.changeStage': notYet,
    'attachments.add': notYet,
    'attachments.remove': notYet,
    'attachments.open': notYet,
    'enterprises.get': notYet,
    'enterprises.update': notYet,
    'enterprises.delete': notYet,
    'people.update': notYet,
    'people.delete': notYet,
  };
}
