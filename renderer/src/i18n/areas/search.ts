import { defineArea } from '../define-area';

/** Messages of the search area. */
export const searchMessages = defineArea({}, {});
