import { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';
import type { UtilityProcess } from 'electron';
import { describe, expect, it } from 'vitest';
import { utilityChildLauncher } from '../../../electron/main/isolation/utility-child';

/** Electron's utility process, as far as the launcher uses it: events, postMessage, stderr, kill. */
class FakeUtilityProcess extends EventEmitter {
  readonly posted: unknown[] = [];
  readonly stderr = new PassThrough();
  killed = false;
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  kill() {
    this.killed = true;
    return true;
  }
}

describe('the reader as an Electron utility process', () => {
  it('starts the script with the heap cap, holds requests until it is up, and reports its exit with what it printed', () => {
    const started: { path: string; args: string[]; options: Electron.ForkOptions }[] = [];
    const child = new FakeUtilityProcess();
    const launch = utilityChildLauncher((path, args, options) => {
      started.push({ path, args, options });
      return child as unknown as UtilityProcess;
    }, '/app/out/main/untrusted-child.js');
    const channel = launch({ memoryMb: 512 });
    expect(started).toEqual([
      {
        path: '/app/out/main/untrusted-child.js',
        args: ['512'],
        options: { execArgv: ['--max-old-space-size=512'], stdio: ['ignore', 'ignore', 'pipe'], serviceName: 'CSMS Assessor file reader' },
      },
    ]);
    const replies: unknown[] = [];
    channel.onMessage((reply) => replies.push(reply));
    channel.send({ id: 1, job: 'decodeBundle', args: {} });
    expect(child.posted).toEqual([]);
    child.emit('spawn');
    channel.send({ id: 2, job: 'decodeBundle', args: {} });
    expect(child.posted).toEqual([
      { id: 1, job: 'decodeBundle', args: {} },
      { id: 2, job: 'decodeBundle', args: {} },
    ]);
    child.emit('message', { id: 1, ok: true, value: 7 });
    expect(replies).toEqual([{ id: 1, ok: true, value: 7 }]);

    const exits: [number | null, string][] = [];
    channel.onExit((code, stderr) => exits.push([code, stderr]));
    child.stderr.write('FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n');
    child.emit('exit', 134);
    expect(exits).toEqual([[134, 'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n']]);
    channel.kill();
    expect(child.killed).toBe(true);
  });
});
