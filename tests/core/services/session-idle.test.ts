// The session's writers seen from background work: idle once every save under way or waiting,
// including one asked for while the others ran, has ended (failed ones too), and its caller has
// its answer.
import { describe, expect, it } from 'vitest';
import { sequentialIds, steppingClock } from '../../../electron/core/clock';
import { Session } from '../../../electron/core/services/session';
import { makeTempDir } from '../../helpers/temp-dir';

/** A task that ends when its `end` is called. */
function heldTask() {
  let end = () => {};
  const ended = new Promise<void>((resolve) => (end = resolve));
  return { end, task: () => ended };
}

/** Whether `promise` has settled once the tasks queued now have run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
  return done;
}

async function openSession(): Promise<Session> {
  return Session.open(
    await makeTempDir(),
    steppingClock(new Date('2026-01-05T01:00:00Z')),
    sequentialIds('i'),
  );
}

describe('Session.idle', () => {
  it('resolves only once every save under way or waiting has ended', async () => {
    const session = await openSession();
    expect(await settled(session.idle())).toBe(true);
    const first = heldTask();
    const second = heldTask();
    const running = session.exclusive(first.task);
    const idle = session.idle();
    // Asked for after idle() was: waited for too.
    const failing = session.exclusive(() => Promise.reject(new Error('磁盘已满')));
    const last = session.exclusive(second.task);
    expect(await settled(idle)).toBe(false);
    first.end();
    await running;
    await expect(failing).rejects.toThrow('磁盘已满');
    expect(await settled(idle)).toBe(false);
    second.end();
    await last;
    expect(await settled(idle)).toBe(true);
  });

  it('resolves after the caller of a save has its answer, however many promise turns away', async () => {
    // The registry hands a save's result on through several awaits; background work started at
    // once would hold the answer back by a whole step of its own.
    const session = await openSession();
    const order: string[] = [];
    const save = session.exclusive(() => Promise.resolve('已保存'));
    const answered = (async () => {
      let result = await save;
      for (let turn = 0; turn < 20; turn++) result = await Promise.resolve(result);
      order.push(result);
    })();
    await session.idle();
    order.push('idle');
    await answered;
    expect(order).toEqual(['已保存', 'idle']);
  });
});
