/**
 * A private nats-server (JetStream on, storage in a temporary folder) for the distributed
 * topologies, so that its CPU is the benchmark's alone.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stopChild, tailOf } from "./child-process.js";
import { freeUdpTcpPort } from "./net-util.js";

export interface NatsHandle {
  url: string;
  pid: number;
  close(): Promise<void>;
}

export function natsServerAvailable(): boolean {
  const r = spawnSync("nats-server", ["--version"], { encoding: "utf8" });
  return !r.error && r.status === 0;
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect({ host: "127.0.0.1", port });
    s.once("connect", () => {
      s.destroy();
      resolve(true);
    });
    s.once("error", () => resolve(false));
  });
}

export async function startPrivateNats(): Promise<NatsHandle> {
  const port = await freeUdpTcpPort();
  const dir = mkdtempSync(join(tmpdir(), "presence-bench-nats-"));
  const child = spawn("nats-server", ["-a", "127.0.0.1", "-p", String(port), "-js", "-sd", dir], { stdio: ["ignore", "pipe", "pipe"] });
  const tail = tailOf(child);
  const deadline = Date.now() + 10000;
  while (!(await accepts(port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stopChild(child, 1000);
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`nats-server did not start: ${tail()}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url: `nats://127.0.0.1:${port}`,
    pid: child.pid!,
    async close() {
      await stopChild(child, 3000);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
