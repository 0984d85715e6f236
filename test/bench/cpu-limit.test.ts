import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { CpuLimitUnavailableError, limitCpu } from "./cpu-limit.js";

/** utime + stime of a process, in seconds. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

test("a limited busy process gets about its quota of CPU", async (t) => {
  const child = spawn(process.execPath, ["-e", "for (;;) {}"], { stdio: "ignore" });
  t.after(() => child.kill("SIGKILL"));
  let limit;
  try {
    limit = limitCpu(child.pid!, 0.2, `presence-bench-test-${process.pid}`);
  } catch (err) {
    if (err instanceof CpuLimitUnavailableError) return t.skip(err.message);
    throw err;
  }
  try {
    const before = cpuSeconds(child.pid!);
    await new Promise((r) => setTimeout(r, 2000));
    const used = (cpuSeconds(child.pid!) - before) / 2;
    // An unlimited spinning process uses a whole core.
    assert.ok(used < 0.35, `used ${used.toFixed(2)} cores under a 0.2-core limit`);
    assert.ok(used > 0.1, `used ${used.toFixed(2)} cores, expected about 0.2`);
  } finally {
    limit.release();
  }
});
