import { fork } from 'node:child_process';
import { childArgs, heapCapArgs, StderrTail, type ChildLauncher } from './child-channel';

/** Starts the untrusted-file reader as a Node child process (the CLI, the tests and the e2e harness). */
export function nodeChildLauncher(scriptPath: string): ChildLauncher {
  return ({ memoryMb }) => {
    // Not the parent's own flags (a test runner's loaders): the script is a plain bundle.
    const child = fork(scriptPath, childArgs(memoryMb), { serialization: 'advanced', execArgv: heapCapArgs(memoryMb), stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const stderr = new StderrTail();
    child.stderr?.on('data', (chunk: Buffer) => stderr.add(chunk));
    // A send after the child died fails; its exit says why.
    child.on('error', () => undefined);
    return {
      send: (request) => child.connected && child.send(request),
      onMessage: (listener) => child.on('message', listener),
      // 'close' comes after stderr has been read to its end.
      onExit: (listener) => child.on('close', (code) => listener(code, stderr.toString())),
      kill: () => child.kill('SIGKILL'),
    };
  };
}
