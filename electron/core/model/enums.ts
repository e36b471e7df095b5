// The fixed lists and their schemas: project stages, group and enterprise kinds, the 12 key chains.
import { z } from 'zod';
import { ENTERPRISE_KINDS, GROUP_KINDS, STAGES } from './enum-values';

export { ENTERPRISE_KINDS, GROUP_KINDS, STAGES };
export const stageSchema = z.enum(STAGES, { message: '项目阶段无效' });
export type Stage = z.infer<typeof stageSchema>;

/** The forward path; 暂缓 and 终止 sit beside it. */
export const STAGE_PATH: readonly Stage[] = STAGES.slice(0, 7);

export const groupKindSchema = z.enum(GROUP_KINDS, { message: '专班类型无效' });
export type GroupKind = z.infer<typeof groupKindSchema>;

export const enterpriseKindSchema = z.enum(ENTERPRISE_KINDS, { message: '客商类型无效' });
export type EnterpriseKind = z.infer<typeof enterpriseKindSchema>;

/** Tianshui's 12 key industrial chains: the default, editable list of a new workspace. */
export const DEFAULT_CHAINS: readonly string[] = [
  '集成电路封测',
  '高端装备制造',
  '数字经济',
  '医药食品',
  '电工电器',
  '新材料',
  '新能源',
  '文化旅游',
  '现代农业',
  '纺织服装',
  '现代物流',
  '餐饮服务',
];
