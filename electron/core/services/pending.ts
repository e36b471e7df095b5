import type { HandlerSet } from '../api/registry';

/**
 * Methods of the contract whose services are being written. Each helper moves its methods
 * out of here into its own service file; the registry refuses a method registered twice.
 */
export function pendingHandlers(): HandlerSet {
  return {};
}
