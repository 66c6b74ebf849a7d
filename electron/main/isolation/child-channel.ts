import type { WorkerReply, WorkerRequest } from './protocol';

/**
 * A child process that reads untrusted files, as main sees it. The app starts it as an Electron utility process
 * (utility-child.ts), the CLI and the tests as a Node child (node-child.ts); both run the same script
 * (untrusted-child.ts) with a cap on its heap.
 */
export interface ChildChannel {
  send(request: WorkerRequest): void;
  onMessage(listener: (reply: WorkerReply) => void): void;
  /** Called once, when the child has gone; `stderr` holds the end of what it printed (V8's out-of-memory report). */
  onExit(listener: (code: number | null, stderr: string) => void): void;
  kill(): void;
}

export type ChildLauncher = (options: { memoryMb: number }) => ChildChannel;

/** The end of what a child printed: V8 reports running out of memory there before it aborts. */
export class StderrTail {
  private text = '';
  add(chunk: Buffer | string): void {
    this.text = (this.text + chunk.toString()).slice(-4096);
  }
  toString(): string {
    return this.text;
  }
}

/** What the child's memory watchdog prints before it ends the process, for the parent to name the limit. */
export const OVER_MEMORY_MARK = 'csms reader: memory over its cap';

/** The heap flag both launchers give the child. */
export const heapCapArgs = (memoryMb: number) => [`--max-old-space-size=${memoryMb}`];

/** The child's arguments: its memory cap, which its watchdog holds the whole process to (memory-watchdog.ts). */
export const childArgs = (memoryMb: number) => [String(memoryMb)];
