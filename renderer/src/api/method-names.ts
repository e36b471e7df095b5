/**
 * The method names, from the core's one list (names.ts holds plain strings and no schema, so
 * the renderer may take it as a value; everything else from the core is types only).
 */
export { METHOD_NAMES as API_METHODS } from '../../../electron/core/api/names';
export { WRITING_METHODS } from '../../../electron/core/api/names';
