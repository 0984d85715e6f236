/**
 * A CPU quota on one process, as a Kubernetes CPU limit sets it: the kernel's CFS bandwidth control
 * through a cgroup of its own (cgroup v2 `cpu.max`, or v1 `cpu.cfs_quota_us`). The benchmark uses it
 * to make the notifier the bottleneck on a machine whose cores the whole topology shares.
 */
import { existsSync, mkdirSync, readFileSync, rmdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const PERIOD_US = 100_000;
const V2_ROOT = "/sys/fs/cgroup";
const V1_ROOT = "/sys/fs/cgroup/cpu";

export interface CpuLimit {
  /** Moves the process back to the root cgroup (if it still runs) and removes the limit's cgroup. */
  release(): void;
}

/** Thrown when the machine offers no writable cgroup CPU controller (not root, or none mounted). */
export class CpuLimitUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "CpuLimitUnavailableError";
  }
}

function controllerRoot(): { root: string; version: 1 | 2 } {
  const v2Controllers = join(V2_ROOT, "cgroup.controllers");
  if (existsSync(v2Controllers)) {
    if (!readFileSync(v2Controllers, "utf8").split(/\s+/).includes("cpu")) {
      throw new CpuLimitUnavailableError("cgroup v2 without the cpu controller");
    }
    return { root: V2_ROOT, version: 2 };
  }
  if (existsSync(join(V1_ROOT, "cpu.cfs_quota_us"))) return { root: V1_ROOT, version: 1 };
  throw new CpuLimitUnavailableError("no cgroup cpu controller mounted (cgroup v2 cpu.max or v1 cpu.cfs_quota_us)");
}

/** Limits `pid` (every thread of it) to `cores` CPUs' worth of time per 100 ms period. */
export function limitCpu(pid: number, cores: number, name: string): CpuLimit {
  if (!(cores > 0)) throw new RangeError(`cores must be positive, got ${cores}`);
  const { root, version } = controllerRoot();
  const dir = join(root, name);
  const quota = Math.max(1000, Math.round(cores * PERIOD_US));
  try {
    if (version === 2) {
      // The root must hand the cpu controller down to its children.
      const control = join(root, "cgroup.subtree_control");
      if (!readFileSync(control, "utf8").split(/\s+/).includes("cpu")) writeFileSync(control, "+cpu");
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, "cpu.max"), `${quota} ${PERIOD_US}`);
    } else {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, "cpu.cfs_period_us"), String(PERIOD_US));
      writeFileSync(join(dir, "cpu.cfs_quota_us"), String(quota));
    }
    // cgroup.procs moves the whole thread group (libuv's pool and V8's helper threads too).
    writeFileSync(join(dir, "cgroup.procs"), String(pid));
  } catch (err) {
    try {
      rmdirSync(dir);
    } catch {
      // Never created.
    }
    throw new CpuLimitUnavailableError(`cannot set a CPU limit in ${dir}: ${(err as Error).message} (needs root)`, { cause: err });
  }
  return {
    release() {
      try {
        writeFileSync(join(root, "cgroup.procs"), String(pid));
      } catch {
        // The process has exited.
      }
      try {
        rmdirSync(dir);
      } catch {
        // Still has members (a process that outlived the benchmark); left for the operator.
      }
    },
  };
}
