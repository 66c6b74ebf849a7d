import { Worker } from 'node:worker_threads';
import { OVER_MEMORY_MARK } from './child-channel';

/** Room above the heap cap for code and buffers before the watchdog acts (the heap cap usually acts first). */
const HEADROOM_MB = 256;

/**
 * Ends this process once its resident memory passes `memoryMb` + headroom. The heap cap (--max-old-space-size) does
 * not count the bytes of files and inflated parts, which live outside the heap (a shared-strings part of 925 MB
 * took the process to 4 GB under a 2 GB heap cap). The check runs in a thread of its own, so it goes on while the
 * reader is busy in one long synchronous call, and writes and kills without waiting for that thread.
 */
export function watchMemory(memoryMb: number): void {
  const limit = (memoryMb + HEADROOM_MB) * 1024 ** 2;
  const source = `
    const { writeSync } = require('node:fs');
    const limit = ${limit};
    setInterval(() => {
      if (process.memoryUsage.rss() <= limit) return;
      writeSync(2, ${JSON.stringify(`${OVER_MEMORY_MARK}\n`)});
      process.kill(process.pid, 'SIGKILL');
    }, 50);`;
  new Worker(source, { eval: true }).unref();
}
