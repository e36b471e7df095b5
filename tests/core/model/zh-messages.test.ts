// Checks that validation messages read as Chinese sentences naming the field and its limit.
import { describe, expect, it } from 'vitest';
import { CONTRACT } from '../../../electron/core/api/contract';
import type { METHOD_NAMES } from '../../../electron/core/api/names';
import { type HandlerSet, createRegistry } from '../../../electron/core/api/registry';

const registry = createRegistry([
  Object.fromEntries(Object.keys(CONTRACT).map((n) => [n, async () => n])) as HandlerSet,
]);

async function messages(method: (typeof METHOD_NAMES)[number], input: unknown) {
  const outcome = await registry.call(method, input);
  if (outcome.ok) throw new Error(`${method} accepted ${JSON.stringify(input)}`);
  return outcome.error.fields.map((f) => f.message);
}

describe('validation messages read as Chinese sentences naming the field', () => {
  it('says how many items a list may hold, not "期望 array <=200 项"', async () => {
    const chains = Array.from({ length: 201 }, (_, i) => `链${i}`);
    const [message] = await messages('workspace.update', { chains });
    expect(message).toBe('产业链最多 200 项');
  });

  it('says how long a text and how large a number may be, in the field’s Chinese name', async () => {
    const long = await messages('documents.generate', {
      requests: [{ template: 'opportunityList', chain: '链'.repeat(41) }],
      formats: ['pdf'],
    });
    expect(long).toEqual(['产业链不能超过 40 个字']);
    const big = await messages('documents.history', { limit: 5000 });
    expect(big).toEqual(['条数不能大于 1000']);
    const missing = await messages('documents.job', {});
    expect(missing).toEqual(['缺少任务编号']);
    for (const m of [...long, ...big, ...missing]) {
      expect(m).not.toMatch(/[A-Za-z<>=]/);
    }
  });

  it('keeps a schema’s own message where it has one', async () => {
    const [message] = await messages('documents.generate', { requests: [], formats: ['pdf'] });
    expect(message).toBe('请至少选择一份要生成的文档');
  });
});
