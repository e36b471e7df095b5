/** The colour of each 政策包 status tag. */
import type { PolicyItem } from './types';

export const POLICY_STATUS_COLORS: Record<PolicyItem['status'], string> = {
  proposed: 'default',
  agreed: 'blue',
  delivered: 'green',
};
