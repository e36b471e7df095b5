import { defineArea } from '../define-area';

/** Messages of the directory area. */
export const directoryMessages = defineArea({}, {});
