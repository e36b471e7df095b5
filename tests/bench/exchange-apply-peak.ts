/*
 * 导入卷宗 of a large bundle into an empty workspace, through the registry, in a fresh process:
 * stage (checks every entry and hash), preview, apply (copies the attachments in, one commit).
 * Prints {"ms": …, "cpuMs": …, "peakMiB": …, "added": …}.
 * Usage: node --import tsx exchange-apply-peak.ts BUNDLE ROOT   (works in ROOT/apply-*)
 */
import { join } from 'node:path';
import { openCore } from '../../electron/core/app';

const [bundle, root] = process.argv.slice(2);
if (!bundle || !root) throw new Error('usage: exchange-apply-peak.ts BUNDLE ROOT');

const core = await openCore({
  dataDir: join(root, 'apply-data'),
  exchange: { allowPaths: true, stagingRoot: join(root, 'apply-staging') },
});
const call = async (method: string, input: unknown) => {
  const outcome = await core.registry.call(method, input);
  if (!outcome.ok) throw new Error(`${method}: ${outcome.error.message}`);
  return outcome.result;
};
const t = performance.now();
const cpu = process.cpuUsage();
const { stagedId } = (await call('exchange.stage', { path: bundle })) as { stagedId: string };
const preview = (await call('exchange.preview', { stagedId })) as { counts: { added: number } };
await call('exchange.apply', { stagedId });
const ms = performance.now() - t;
const used = process.cpuUsage(cpu);
const peakMiB = process.resourceUsage().maxRSS / 1024;
await core.close();
process.stdout.write(
  JSON.stringify({
    ms,
    cpuMs: (used.user + used.system) / 1000,
    peakMiB,
    added: preview.counts.added,
  }),
);
