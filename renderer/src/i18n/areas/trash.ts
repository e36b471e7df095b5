import { defineArea } from '../define-area';

/** Messages of the trash area. */
export const trashMessages = defineArea({}, {});
