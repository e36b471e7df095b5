// Test fixture: a realistic, deterministic workspace of n folios with groups, people and enterprises.
import type { ChangeSet } from '../../electron/core/store/types';
import {
  DEFAULT_CHAINS,
  ENTERPRISE_KINDS,
  STAGE_PATH,
  STAGES,
  type Stage,
} from '../../electron/core/model/enums';
import type {
  Enterprise,
  Folio,
  Group,
  Person,
  StageDates,
} from '../../electron/core/model/records';
import type { WorkspaceMeta } from '../../electron/core/model/workspace';
import {
  COUNTIES,
  SURNAMES,
  GIVEN,
  TITLES,
  FIRM_WORDS,
  FIRM_KINDS,
  FIRM_PLACES,
  PROJECT_WORDS,
  SENTENCES,
} from './fixture-words';

/** Everything a realistic workspace of `n` folios holds; deterministic for a given n and seed. */
export interface FixtureDataset {
  meta: WorkspaceMeta;
  groups: Group[];
  people: Person[];
  enterprises: Enterprise[];
  folios: Folio[];
}

export const FIXTURE_WORKSPACE_ID = 'f1000000-0000-4000-8000-000000000001';
const BASE_TIME = Date.UTC(2024, 2, 1, 0, 0, 0);

/** UUID-shaped ids that say what they are: a0… groups, b0… people, c0… enterprises, d0… folios. */
const fixtureId = (prefix: string, i: number) =>
  `${prefix}000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
export const groupId = (i: number) => fixtureId('a0', i);
export const personId = (i: number) => fixtureId('b0', i);
export const enterpriseId = (i: number) => fixtureId('c0', i);
export const folioId = (i: number) => fixtureId('d0', i);

/** mulberry32: small, fast, and the same sequence on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(list: readonly T[], r: () => number): T {
  const item = list[Math.floor(r() * list.length)];
  if (item === undefined) throw new Error('fixture list is empty');
  return item;
}

const iso = (offsetMinutes: number) => new Date(BASE_TIME + offsetMinutes * 60_000).toISOString();
const isoDay = (offsetDays: number) => iso(offsetDays * 1440).slice(0, 10);

function base(id: string, offsetMinutes: number) {
  const at = iso(offsetMinutes);
  return { id, rev: 1, createdAt: at, updatedAt: at, workspaceId: FIXTURE_WORKSPACE_ID };
}

/** Free text of about `chars` characters, drawn from sentences of the source article. */
function chineseText(r: () => number, chars: number): string {
  let text = '';
  while (text.length < chars) text += pick(SENTENCES, r);
  return text.slice(0, chars);
}

/** The parts an officer keeps on a folio: checklists, a blocker, a progress post, policy, history. */
function folioParts(i: number, r: () => number, day: number, people: Person[]) {
  const partId = (k: number) => fixtureId('e1', i * 16 + k);
  const who = people[i % people.length]?.name ?? '';
  return {
    tags: ['重点项目', pick(['省列', '市列', '县列'], r)],
    demandItems: [
      {
        id: partId(1),
        text: '员工宿舍配套',
        owner: '园区管委会',
        due: isoDay(day + 40),
        doneOn: isoDay(day + 35),
        doneBy: who,
      },
    ],
    supplyItems: [
      {
        id: partId(3),
        text: '用电指标',
        owner: '供电公司',
        due: isoDay(day + 60),
        doneOn: null,
        doneBy: '',
      },
    ],
    blockers: [
      {
        id: partId(4),
        problem: '施工临时用电和道路接入',
        raisedOn: isoDay(day + 10),
        department: '工信局',
        status: 'solved' as const,
        resolution: '市长现场办公会协调解决，供电公司已架设临时线路。',
        solvedOn: isoDay(day + 20),
        onSite: true,
      },
    ],
    progress: [{ id: partId(5), date: isoDay(day + 5), author: who, text: chineseText(r, 60) }],
    policies: [
      {
        id: partId(7),
        kind: 'finance' as const,
        financeKind: 'fixedLoan' as const,
        content: '协调固定资产贷款',
        amount: 20_000,
        status: 'agreed' as const,
      },
    ],
    contacts: [],
    attachments: [],
    history: [{ at: iso(1_000 + i), by: who, field: 'stage', from: '线索', to: '洽谈' }],
  };
}

function stageDates(stage: Stage, startDay: number): StageDates {
  const dates: StageDates = {};
  const reached = STAGE_PATH.indexOf(stage);
  const last = reached >= 0 ? reached : 1;
  for (let i = 0; i <= last; i++) {
    const s = STAGE_PATH[i];
    if (s) dates[s] = isoDay(startDay + i * 30);
  }
  return dates;
}

function makePeople(count: number, r: () => number): Person[] {
  return Array.from({ length: count }, (_, i) => ({
    ...base(personId(i + 1), i),
    name: `${pick(SURNAMES, r)}${pick(GIVEN, r)}`,
    title: pick(TITLES, r),
    unit: `天水市${pick(['招商局', '发改委', '工信局', '商务局'], r)}`,
    phone: `0938-${String(8_200_000 + i).padStart(7, '0')}`,
  }));
}

function makeGroups(people: Person[]): Group[] {
  const chainGroups = DEFAULT_CHAINS.map((chain, i) => ({
    kind: 'chain' as const,
    name: `${chain}产业链招商专班`,
    chain,
    i,
  }));
  const countyGroups = COUNTIES.map((county, i) => ({
    kind: 'county' as const,
    name: `${county}招商引资工作专班`,
    chain: '',
    i: i + chainGroups.length,
  }));
  return [...chainGroups, ...countyGroups].map(({ kind, name, chain, i }) => ({
    ...base(groupId(i + 1), i),
    kind,
    name,
    chain,
    headId: people[i % people.length]?.id ?? null,
    memberIds: [1, 2, 3].map((k) => personId(((i * 3 + k) % people.length) + 1)),
    description: `${name}负责统筹协调本专班项目的谋划、洽谈、签约和落地服务。`,
  }));
}

function makeEnterprises(count: number, r: () => number): Enterprise[] {
  return Array.from({ length: count }, (_, i) => ({
    ...base(enterpriseId(i + 1), i),
    name: `${pick(FIRM_PLACES, r)}${pick(FIRM_WORDS, r)}${pick(FIRM_KINDS, r)}有限公司（${i + 1}）`,
    kind: pick(ENTERPRISE_KINDS, r),
    headquarters: pick(FIRM_PLACES, r),
    profile: `企业深耕${pick(FIRM_KINDS, r)}领域多年，具备较强的研发能力和市场渠道。`,
    keyPeople: [
      {
        id: fixtureId('e0', i + 1),
        name: `${pick(SURNAMES, r)}${pick(GIVEN, r)}`,
        title: '董事长',
        phone: '',
        note: '',
      },
    ],
  }));
}

/**
 * Builds `n` folios of ~2 KB of JSON each, mostly Chinese text, valid per folioSchema and already
 * in the canonical form the store keeps (what goes in equals what comes back), plus the groups,
 * people and enterprises they reference.
 */
export function buildFixture(n: number, seed = 20240430): FixtureDataset {
  const r = prng(seed);
  const people = makePeople(40, r);
  const groups = makeGroups(people);
  const enterprises = makeEnterprises(Math.max(10, Math.min(500, Math.ceil(n / 20))), r);
  const folios: Folio[] = Array.from({ length: n }, (_, i) => {
    const group = groups[i % groups.length];
    if (!group) throw new Error('fixture has no groups');
    const stage = pick(STAGES, r);
    const totalInvestment = 1_000 + Math.floor(r() * 500_000);
    const startDay = Math.floor(r() * 300);
    const chain = group.chain || pick(DEFAULT_CHAINS, r);
    return {
      ...base(folioId(i + 1), 1_000 + i),
      groupId: group.id,
      name: `${pick(FIRM_WORDS, r)}${chain}${pick(PROJECT_WORDS, r)}（${i + 1}号）`,
      enterpriseId: enterprises[i % enterprises.length]?.id ?? null,
      chain,
      location: `天水市${pick(COUNTIES, r)}`,
      stage,
      stageDates: stageDates(stage, startDay),
      totalInvestment,
      fundsInPlace: stage === 'lead' || stage === 'talks' ? 0 : Math.floor(r() * totalInvestment),
      leaderId: people[i % people.length]?.id ?? null,
      stewardId: people[(i * 7 + 3) % people.length]?.id ?? null,
      responsibleUnit: `天水市${pick(['招商局', '工信局', '商务局'], r)}`,
      expectedOutput: Math.floor(totalInvestment * 1.5),
      stageReason: '',
      ...folioParts(i, r, startDay, people),
      notes: chineseText(r, 60),
    };
  });
  const meta: WorkspaceMeta = {
    id: FIXTURE_WORKSPACE_ID,
    name: '天水市招商引资工作区',
    isDemo: false,
    operator: '',
    fontFiles: {},
    chains: [...DEFAULT_CHAINS],
    createdAt: iso(0),
  };
  return { meta, groups, people, enterprises, folios };
}

/** One ChangeSet that puts the whole fixture (and its meta) into a store. */
export function fixtureChange(data: FixtureDataset): ChangeSet {
  const { meta, groups, people, enterprises, folios } = data;
  return { meta, put: { groups, people, enterprises, folios } };
}
