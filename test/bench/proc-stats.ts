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

/** CPU seconds in user mode and in the kernel (system calls, page faults). */
export interface CpuTimes {
  user: number;
  system: number;
}

/** utime and stime of a /proc/<pid>/stat or /proc/<pid>/task/<tid>/stat file, or null when gone. */
function readTimes(statPath: string): CpuTimes | null {
  let text: string;
  try {
    text = readFileSync(statPath, "utf8");
  } catch {
    return null;
  }
  // The command name (field 2) may contain spaces; the fields after its closing parenthesis are fixed.
  const rest = text.slice(text.lastIndexOf(")") + 2).split(" ");
  // After the ")" come state (field 3) ... utime is field 14 and stime field 15 (proc(5)).
  const hz = clockTicksPerSecond();
  return { user: Number(rest[14 - 3]) / hz, system: Number(rest[15 - 3]) / hz };
}

/** utime+stime of one process in seconds, or null when it is gone. */
export function cpuSeconds(pid: number): number | null {
  const t = cpuTimes(pid);
  return t === null ? null : t.user + t.system;
}

/** utime and stime of one process (every thread, also those already ended), or null when gone. */
export function cpuTimes(pid: number): CpuTimes | null {
  return readTimes(`/proc/${pid}/stat`);
}

export const MAIN_THREAD = "main thread";
export const OTHER_THREADS = "other threads";

/**
 * A process's CPU seconds by thread: MAIN_THREAD (the thread whose id is the pid), each thread
 * that gave itself a name (the server's UDP I/O thread is "sip-udp-io") under that name, and
 * OTHER_THREADS for the rest (V8's and libuv's helpers, threads already ended). Null when gone.
 */
export function threadCpuSeconds(pid: number): Record<string, number> | null {
  const total = cpuTimes(pid);
  if (total === null) return null;
  let mainName: string;
  let tids: string[];
  try {
    mainName = readFileSync(`/proc/${pid}/comm`, "utf8").trim();
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return null;
  }
  const out: Record<string, number> = { [MAIN_THREAD]: 0 };
  let grouped = 0;
  for (const tid of tids) {
    let group: string | null = tid === String(pid) ? MAIN_THREAD : null;
    if (group === null) {
      try {
        const name = readFileSync(`/proc/${pid}/task/${tid}/comm`, "utf8").trim();
        // Threads start with their process's name; only a renamed one is told apart.
        if (name !== mainName) group = name;
      } catch {
        continue;
      }
    }
    if (group === null) continue;
    const t = readTimes(`/proc/${pid}/task/${tid}/stat`);
    if (t === null) continue;
    out[group] = (out[group] ?? 0) + t.user + t.system;
    grouped += t.user + t.system;
  }
  out[OTHER_THREADS] = Math.max(0, total.user + total.system - grouped);
  return out;
}

/** after - before per key (a key missing before counts from 0); negative differences are 0. */
export function cpuDelta(before: Record<string, number>, after: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(after)) out[k] = Math.max(0, v - (before[k] ?? 0));
  return out;
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
  private before: CpuTimes[] = [];
  private threadsBefore: Record<string, number> | null = null;
  private machine0 = 0;
  private t0 = 0;
  constructor(private readonly pids: readonly number[]) {}
  start(): void {
    this.before = this.pids.map((p) => cpuTimes(p) ?? { user: 0, system: 0 });
    // Threads are told apart for a topology of one process (the standalone server).
    this.threadsBefore = this.pids.length === 1 ? threadCpuSeconds(this.pids[0]!) : null;
    this.machine0 = machineBusySeconds();
    this.t0 = performance.now();
  }
  /**
   * CPU seconds of the processes (and of each, in the order of `pids`), of it in the kernel, by
   * thread (one process only, else null), wall time, other load.
   */
  stop(): { cpuSeconds: number; perPid: number[]; systemSeconds: number; byThread: Record<string, number> | null; wallSeconds: number; otherCores: number } {
    const after = this.pids.map((p, i) => cpuTimes(p) ?? this.before[i]!);
    const perPid = after.map((a, i) => Math.max(0, a.user + a.system - this.before[i]!.user - this.before[i]!.system));
    const systemSeconds = after.reduce((sum, a, i) => sum + Math.max(0, a.system - this.before[i]!.system), 0);
    const threadsAfter = this.threadsBefore ? threadCpuSeconds(this.pids[0]!) : null;
    const byThread = this.threadsBefore && threadsAfter ? cpuDelta(this.threadsBefore, threadsAfter) : null;
    const total = perPid.reduce((a, b) => a + b, 0);
    const wallSeconds = (performance.now() - this.t0) / 1000;
    const machine = machineBusySeconds() - this.machine0;
    return { cpuSeconds: total, perPid, systemSeconds, byThread, wallSeconds, otherCores: wallSeconds > 0 ? Math.max(0, machine - total) / wallSeconds : 0 };
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
