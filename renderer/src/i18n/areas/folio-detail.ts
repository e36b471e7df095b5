import { defineArea } from '../define-area';

/** Messages of the folio-detail area. */
export const folioDetailMessages = defineArea({}, {});
