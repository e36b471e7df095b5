// Test fixtures for the renderer: workspace meta and status, people, groups, folios, backups.
import { folioDefaults } from '../../../electron/core/model/records';
import type {
  BackupInfo,
  Enterprise,
  Folio,
  FolioSummary,
  GroupSummary,
  Person,
  ReadyStatus,
  WorkspaceMeta,
} from '../../../renderer/src/api/contract-types';

const T = '2025-03-01T08:30:00.000+08:00';
/** What every stored record carries: its id, rev 1, the fixture time and workspace. */
export const base = (id: string) => ({
  id,
  rev: 1,
  createdAt: T,
  updatedAt: T,
  workspaceId: 'ws-000001',
});

export function meta(overrides: Partial<WorkspaceMeta> = {}): WorkspaceMeta {
  return {
    id: 'ws-000001',
    name: '天水市招商局',
    isDemo: false,
    chains: ['集成电路封测', '高端装备制造', '新能源'],
    createdAt: T,
    operator: '',
    fontFiles: {},
    ...overrides,
  };
}

export function readyStatus(
  overrides: Partial<ReadyStatus> = {},
  metaOverrides: Partial<WorkspaceMeta> = {},
): ReadyStatus {
  return {
    state: 'ready',
    meta: meta(metaOverrides),
    dataDir: '/home/user/招商卷宗',
    counts: { groups: 2, folios: 3, enterprises: 1, people: 2 },
    empty: false,
    ...overrides,
  };
}

/** A listed company headquartered in 甘肃省天水市, with no profile and no key people. */
export function enterprise(
  id: string,
  name: string,
  overrides: Partial<Enterprise> = {},
): Enterprise {
  return {
    ...base(id),
    name,
    kind: 'listed',
    headquarters: '甘肃省天水市',
    profile: '',
    keyPeople: [],
    ...overrides,
  };
}

export function person(id: string, name: string, title = ''): Person {
  return { ...base(id), name, title, unit: '', phone: '' };
}

export function groupSummary(
  id: string,
  name: string,
  overrides: Partial<GroupSummary> = {},
): GroupSummary {
  return {
    ...base(id),
    kind: 'chain',
    name,
    chain: '集成电路封测',
    headId: null,
    memberIds: [],
    description: '',
    folioCount: 2,
    totalInvestment: 1_999_780,
    fundsInPlace: 232_090,
    headName: '李明',
    ...overrides,
  };
}

export function folio(id: string, name: string, overrides: Partial<Folio> = {}): Folio {
  // The core's defaults fill in the folio's parts (checklists, blockers …) this UI does not show yet.
  return {
    ...base(id),
    ...folioDefaults,
    groupId: 'group-0001',
    name,
    chain: '集成电路封测',
    location: '秦州区',
    stage: 'talks',
    stageDates: { lead: '2025-01-05', talks: '2025-02-10' },
    totalInvestment: 50_000,
    fundsInPlace: 12_000,
    ...overrides,
  };
}

export function folioSummary(
  id: string,
  name: string,
  overrides: Partial<FolioSummary> = {},
): FolioSummary {
  return {
    id,
    rev: 1,
    name,
    groupId: 'group-0001',
    groupName: '集成电路封测产业链专班',
    enterpriseName: '华天科技',
    chain: '集成电路封测',
    location: '秦州区',
    stage: 'talks',
    totalInvestment: 50_000,
    fundsInPlace: 12_000,
    leaderName: '李明',
    stewardName: '王芳',
    updatedAt: T,
    tags: [],
    overdueItems: 0,
    openBlockers: 0,
    lastProgressOn: null,
    ...overrides,
  };
}

export function backup(id: string, overrides: Partial<BackupInfo> = {}): BackupInfo {
  return {
    id,
    seq: 12,
    createdAt: '2025-03-01T09:00:00.000+08:00',
    reason: 'migration',
    valid: true,
    bytes: 48_000,
    counts: {
      groups: 12,
      folios: 165,
      enterprises: 40,
      people: 30,
      trash: 0,
      trips: 0,
      generations: 0,
    },
    ...overrides,
  };
}
