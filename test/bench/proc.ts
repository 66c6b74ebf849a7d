import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

/** Linux /proc helpers: process trees and resident-set peaks, in bytes. */

function statusField(pid: number, field: 'VmRSS' | 'VmHWM'): number | null {
  try {
    const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

export const rssOf = (pid: number) => statusField(pid, 'VmRSS');
/** The process's peak RSS since it started or since resetPeakRss(pid). */
export const peakRssOf = (pid: number) => statusField(pid, 'VmHWM');

/** Resets VmHWM (Linux ≥ 4.0, "5" in clear_refs); false when the kernel or permissions refuse. */
export function resetPeakRss(pid: number | 'self' = 'self'): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

function parentOf(pid: number): number | null {
  try {
    // The command name (field 2) may hold spaces or parentheses: parse after the last ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

/** Every live descendant of root (not root itself). */
export function descendantsOf(root: number): number[] {
  if (!existsSync('/proc')) return [];
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const parent = parentOf(pid);
    if (parent !== null) children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  const found: number[] = [];
  const queue = [...(children.get(root) ?? [])];
  while (queue.length) {
    const pid = queue.shift()!;
    found.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}

export function commandLineOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

/** Chromium renderer processes for web pages started (through Playwright) by this process; not the browser's own UI. */
export const rendererPids = () =>
  descendantsOf(process.pid).filter((pid) => {
    const command = commandLineOf(pid);
    return command.includes('--type=renderer') && !command.includes('--top-chrome-webui') && !command.includes('--extension-process');
  });

/** user + system CPU time of a process in seconds (USER_HZ is 100 on Linux). */
function cpuSecondsOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/**
 * Watches how much CPU other processes (not this one, not its children) use while the bench runs: on a 2-core
 * machine a parallel test run moves every figure. Returns a stop function giving CPU-seconds and the busiest commands.
 */
export function watchForeignCpu(intervalMs = 2000) {
  const last = new Map<number, number>();
  const byCommand = new Map<string, number>();
  let total = 0;
  const sample = (count: boolean) => {
    if (!existsSync('/proc')) return;
    const ours = new Set([process.pid, ...descendantsOf(process.pid)]);
    for (const entry of readdirSync('/proc')) {
      const pid = Number(entry);
      if (!Number.isInteger(pid) || ours.has(pid)) continue;
      const cpu = cpuSecondsOf(pid);
      if (cpu === null) continue;
      const delta = cpu - (last.get(pid) ?? (count ? 0 : cpu));
      last.set(pid, cpu);
      if (!count || delta <= 0) continue;
      total += delta;
      const command = commandLineOf(pid).trim().slice(0, 80) || `pid ${pid}`;
      byCommand.set(command, (byCommand.get(command) ?? 0) + delta);
    }
  };
  sample(false);
  const timer = setInterval(() => sample(true), intervalMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    sample(true);
    const busiest = [...byCommand.entries()]
      .filter(([, s]) => s >= 1)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([command, seconds]) => ({ command, cpuSeconds: Math.round(seconds) }));
    return { cpuSeconds: Math.round(total), busiest };
  };
}
