// 专班协同 server setup for IT staff: officer accounts and per-group databases with _security, over CouchDB's HTTP API.
/*
 * Usage (Node 20+, run by an IT administrator, from any machine that reaches the server):
 *
 *   COUCHDB_URL=https://couch.example.gov.cn:6984 \
 *   COUCHDB_ADMIN_USER=admin COUCHDB_ADMIN_PASSWORD=... \
 *   node scripts/couchdb-setup.mjs team.json
 *
 * team.json:
 *   {
 *     "officers": [{ "name": "zhangsan", "password": "initial-password" }, ...],
 *     "groups": [{ "id": "<the group's id, 设置 → 协同 shows it>", "members": ["zhangsan", ...],
 *                  "admins": ["lisi"] }, ...]
 *   }
 *
 * Idempotent: an existing account keeps its password unless "resetPassword": true; an existing
 * database keeps its documents and gets the _security given (a member left out of a group
 * stops receiving its changes at their next sync). Prints what it did; never a password.
 */
import { readFile } from 'node:fs/promises';

const url = (process.env.COUCHDB_URL ?? '').replace(/\/+$/, '');
const user = process.env.COUCHDB_ADMIN_USER ?? '';
const password = process.env.COUCHDB_ADMIN_PASSWORD ?? '';
const file = process.argv[2];
if (!url || !user || !password || !file) {
  console.error('需要 COUCHDB_URL、COUCHDB_ADMIN_USER、COUCHDB_ADMIN_PASSWORD 和 team.json 路径。');
  process.exit(2);
}
if (!url.startsWith('https://') && !/^http:\/\/127\.0\.0\.1[:/]/.test(url + '/')) {
  console.error('只允许 https:// 地址（本机 127.0.0.1 除外）。');
  process.exit(2);
}

/** The database of a group, as the app names it (electron/core/sync/mapping.ts databaseOf). */
const databaseOf = (groupId) => `dossier-${groupId.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}`;

const auth = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
async function couch(method, path, body) {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: {
      authorization: auth,
      'content-type': 'application/json',
      accept: 'application/json',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: globalThis.AbortSignal.timeout(30_000),
  });
  const json = await res.json().catch(() => ({}));
  return { status: res.status, json };
}

const team = JSON.parse(await readFile(file, 'utf8'));
for (const officer of team.officers ?? []) {
  const id = `org.couchdb.user:${officer.name}`;
  const existing = await couch('GET', `/_users/${encodeURIComponent(id)}`);
  if (existing.status === 200 && !officer.resetPassword) {
    console.log(`账号 ${officer.name}：已存在，未改动`);
    continue;
  }
  const doc = { ...(existing.status === 200 ? existing.json : {}), _id: id };
  Object.assign(doc, {
    name: officer.name,
    type: 'user',
    roles: doc.roles ?? [],
    password: officer.password,
  });
  const put = await couch('PUT', `/_users/${encodeURIComponent(id)}`, doc);
  console.log(
    `账号 ${officer.name}：${put.status < 300 ? '已创建/已重设密码' : `失败（HTTP ${put.status}）`}`,
  );
}
for (const group of team.groups ?? []) {
  const db = databaseOf(group.id);
  const created = await couch('PUT', `/${db}`);
  const note =
    created.status === 201 || created.status === 202
      ? '已创建'
      : created.status === 412
        ? '已存在'
        : `HTTP ${created.status}`;
  const security = {
    members: { names: group.members ?? [], roles: [] },
    admins: { names: group.admins ?? [], roles: [] },
  };
  const sec = await couch('PUT', `/${db}/_security`, security);
  console.log(
    `专班数据库 ${db}：${note}；权限 ${sec.status < 300 ? '已设置' : `失败（HTTP ${sec.status}）`}（成员 ${security.members.names.length} 人）`,
  );
}
