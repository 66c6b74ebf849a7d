import type { UtilityProcess } from 'electron';
import { childArgs, heapCapArgs, StderrTail, type ChildLauncher } from './child-channel';
import type { WorkerRequest } from './protocol';

type Fork = (modulePath: string, args: string[], options: Electron.ForkOptions) => UtilityProcess;

/** Starts the untrusted-file reader as an Electron utility process: Electron's own kind of Node child. */
export function utilityChildLauncher(forkUtility: Fork, scriptPath: string): ChildLauncher {
  return ({ memoryMb }) => {
    const child = forkUtility(scriptPath, childArgs(memoryMb), {
      execArgv: heapCapArgs(memoryMb),
      stdio: ['ignore', 'ignore', 'pipe'],
      serviceName: 'CSMS Assessor file reader',
    });
    const stderr = new StderrTail();
    child.stderr?.on('data', (chunk: Buffer) => stderr.add(chunk));
    // Requests wait for the process to be up.
    let started = false;
    const queued: WorkerRequest[] = [];
    child.once('spawn', () => {
      started = true;
      for (const request of queued.splice(0)) child.postMessage(request);
    });
    return {
      send: (request) => (started ? child.postMessage(request) : queued.push(request)),
      onMessage: (listener) => child.on('message', listener),
      onExit: (listener) => child.once('exit', (code) => listener(code, stderr.toString())),
      kill: () => child.kill(),
    };
  };
}
