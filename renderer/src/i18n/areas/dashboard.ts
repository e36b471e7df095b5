import { defineArea } from '../define-area';

/** Messages of the dashboard area. */
export const dashboardMessages = defineArea({}, {});
