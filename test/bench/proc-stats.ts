/** CPU time and resident memory of processes, read from /proc (Linux). */
import { readdirSync, readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";

let ticksPerSecond: number | null = null;

/** USER_HZ, the unit of utime/stime in /proc/<pid>/stat (100 on nearly every Linux). */
export function clockTicksPerSecond(): number {
  if (ticksPerSecond === null) {
    try {
      ticksPerSecond = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/** utime+stime of one process in seconds, or null when it is gone. */
export function cpuSeconds(pid: number): number | null {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return null;
  }
  // The command name (field 2) may contain spaces; the fields after its closing parenthesis are fixed.
  const rest = text.slice(text.lastIndexOf(")") + 2).split(" ");
  // After the ")" come state (field 3) ... utime is field 14 and stime field 15 (proc(5)).
  const utime = Number(rest[14 - 3]);
  const stime = Number(rest[15 - 3]);
  return (utime + stime) / clockTicksPerSecond();
}

/** Summed CPU seconds of a set of processes (those that vanished count as 0). */
export function totalCpuSeconds(pids: readonly number[]): number {
  let sum = 0;
  for (const pid of pids) sum += cpuSeconds(pid) ?? 0;
  return sum;
}

/** VmRSS of one process in bytes, or null when it is gone. */
export function rssBytes(pid: number): number | null {
  try {
    const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

export function totalRssBytes(pids: readonly number[]): number {
  let sum = 0;
  for (const pid of pids) sum += rssBytes(pid) ?? 0;
  return sum;
}


/** Every process below pid (children, grandchildren, ...), from the parent ids in /proc. */
export function descendantPids(pid: number): number[] {
  const parentOf = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const text = readFileSync(`/proc/${name}/stat`, "utf8");
      const rest = text.slice(text.lastIndexOf(")") + 2).split(" ");
      parentOf.set(Number(name), Number(rest[4 - 3])); // field 4: ppid
    } catch {
      // the process ended meanwhile
    }
  }
  const out: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const p = queue.shift()!;
    for (const [child, parent] of parentOf) {
      if (parent === p) {
        out.push(child);
        queue.push(child);
      }
    }
  }
  return out;
}

/** CPU seconds the whole machine spent busy (all cores, from the first line of /proc/stat). */
export function machineBusySeconds(): number {
  try {
    const cells = readFileSync("/proc/stat", "utf8").split("\n", 1)[0]!.trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal ...: busy is everything but idle and iowait.
    const total = cells.slice(0, 8).reduce((a, b) => a + b, 0);
    return (total - cells[3]! - cells[4]!) / clockTicksPerSecond();
  } catch {
    return 0;
  }
}

/**
 * Over a step: cores used by the topology and by everything else on the machine (the load
 * generator, the watcher, and any other program: a high figure means the machine was shared).
 */
export class LoadMeter {
  private before: number[] = [];
  private machine0 = 0;
  private t0 = 0;
  constructor(private readonly pids: readonly number[]) {}
  start(): void {
    this.before = this.pids.map((p) => cpuSeconds(p) ?? 0);
    this.machine0 = machineBusySeconds();
    this.t0 = performance.now();
  }
  /** CPU seconds of the processes (and of each, in the order of `pids`), wall time, other load. */
  stop(): { cpuSeconds: number; perPid: number[]; wallSeconds: number; otherCores: number } {
    const perPid = this.pids.map((p, i) => Math.max(0, (cpuSeconds(p) ?? this.before[i]!) - this.before[i]!));
    const total = perPid.reduce((a, b) => a + b, 0);
    const wallSeconds = (performance.now() - this.t0) / 1000;
    const machine = machineBusySeconds() - this.machine0;
    return { cpuSeconds: total, perPid, wallSeconds, otherCores: wallSeconds > 0 ? Math.max(0, machine - total) / wallSeconds : 0 };
  }
}

/** CPU seconds per process label (processes sharing a label are summed). */
export function cpuByLabel(pids: readonly number[], perPid: readonly number[], labels: Record<number, string>): Record<string, number> {
  const out: Record<string, number> = {};
  pids.forEach((pid, i) => {
    const name = labels[pid] ?? String(pid);
    out[name] = (out[name] ?? 0) + perPid[i]!;
  });
  return out;
}
