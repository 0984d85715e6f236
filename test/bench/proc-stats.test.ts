import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { once } from "node:events";
import { Worker } from "node:worker_threads";
import { cpuSplit } from "./load-steps.js";
import { cpuDelta, cpuTimes, MAIN_THREAD, OTHER_THREADS, threadCpuSeconds } from "./proc-stats.js";

const noProc = !existsSync("/proc/self/task") && "no /proc";

function spin(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) Math.sqrt(Math.random());
}

// A thread that names itself, as the server's UDP I/O thread does, spins, then waits to be told to end.
const NAMED_WORKER = `
const { parentPort } = require("node:worker_threads");
require("node:fs").writeFileSync("/proc/thread-self/comm", "bench-test-io");
const end = performance.now() + 300;
while (performance.now() < end) Math.sqrt(Math.random());
parentPort.postMessage("spun");
parentPort.once("message", () => process.exit(0));
`;

test("a process's CPU is split into its main thread, its named threads and the rest", { skip: noProc }, async () => {
  const before = threadCpuSeconds(process.pid)!;
  spin(200);
  const worker = new Worker(NAMED_WORKER, { eval: true });
  try {
    await once(worker, "message");
    const after = threadCpuSeconds(process.pid)!;
    const d = cpuDelta(before, after);
    // Clock ticks are 10 ms: 200 ms and 300 ms of spinning show up well above that.
    assert.ok(d[MAIN_THREAD]! >= 0.15, `main thread ${d[MAIN_THREAD]}`);
    assert.ok(d["bench-test-io"]! >= 0.2, `named thread ${d["bench-test-io"]}`);
    assert.equal(before["bench-test-io"], undefined, "the named thread did not exist before");
    assert.ok(OTHER_THREADS in after);
    // The groups add up to the process's own figure.
    const total = cpuTimes(process.pid)!;
    const sum = Object.values(after).reduce((a, b) => a + b, 0);
    assert.ok(Math.abs(sum - (total.user + total.system)) < 0.05, `${sum} against ${total.user + total.system}`);
  } finally {
    worker.postMessage("end");
    await once(worker, "exit");
  }
  assert.equal(threadCpuSeconds(2 ** 22 + 12345), null, "a process that is gone");
});

test("differences of CPU seconds count a new key from zero and never go below zero", () => {
  assert.deepEqual(cpuDelta({ a: 1, b: 2 }, { a: 1.5, b: 1, c: 0.25 }), { a: 0.5, b: 0, c: 0.25 });
});

test("a step line names the processes of a topology, or the threads of a single process, and the kernel's share", () => {
  assert.equal(
    cpuSplit({ cpuByProcess: { "edge-0": 3, "notifier-0": 1 }, cpuByThread: null, cpuSystemShare: 0.3 }),
    " (edge-0 75 %, notifier-0 25 %; system 30 %)",
  );
  assert.equal(
    cpuSplit({ cpuByProcess: { server: 4 }, cpuByThread: { [MAIN_THREAD]: 2.4, "sip-udp-io": 1.2, [OTHER_THREADS]: 0.4 }, cpuSystemShare: 0.19 }),
    " (main thread 60 %, sip-udp-io 30 %, other threads 10 %; system 19 %)",
  );
  assert.equal(
    cpuSplit({ cpuByProcess: { server: 4 }, cpuByThread: { [MAIN_THREAD]: 3, V8Worker: 0.99, SignalInspector: 0.01, [OTHER_THREADS]: 0 }, cpuSystemShare: 0.2 }),
    " (main thread 75 %, V8Worker 25 %; system 20 %)",
  );
  assert.equal(cpuSplit({ cpuByProcess: { server: 4 }, cpuByThread: null, cpuSystemShare: 0.2 }), " (system 20 %)");
  assert.equal(cpuSplit({ cpuByProcess: { server: 4 } }), "");
});
