/**
 * Redis for the Redis-backed topologies: a private redis-server started for the run (its CPU and
 * memory are then the benchmark's alone), or an existing one given by URL (keys under a unique
 * prefix, removed afterwards).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis } from "ioredis";
import { freeUdpTcpPort } from "./net-util.js";

export interface RedisHandle {
  url: string;
  keyPrefix: string;
  /** The redis-server process, when it runs on this machine (for CPU time). */
  pid: number | null;
  /** INFO memory used_memory, in bytes. */
  usedMemory(): Promise<number>;
  /** Keys under the prefix and the sum of MEMORY USAGE over them (bytes). */
  prefixUsage(): Promise<{ keys: number; bytes: number }>;
  close(): Promise<void>;
}

export function redisServerAvailable(): boolean {
  const r = spawnSync("redis-server", ["--version"], { encoding: "utf8" });
  return !r.error && r.status === 0;
}

async function connect(url: string): Promise<Redis> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2, enableOfflineQueue: true });
  // Connection errors surface through connect()/commands; without a listener ioredis prints them.
  client.on("error", () => undefined);
  for (let i = 0; ; i++) {
    try {
      await client.connect();
      await client.ping();
      return client;
    } catch (err) {
      if (i >= 50) throw err;
      client.disconnect();
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

function infoField(info: string, field: string): string | null {
  const m = new RegExp(`^${field}:(.*)$`, "m").exec(info);
  return m ? m[1]!.trim() : null;
}

function makeHandle(client: Redis, url: string, keyPrefix: string, pid: number | null, onClose: () => Promise<void>): RedisHandle {
  return {
    url,
    keyPrefix,
    pid,
    async usedMemory() {
      return Number(infoField(await client.info("memory"), "used_memory"));
    },
    async prefixUsage() {
      let cursor = "0";
      let keys = 0;
      let bytes = 0;
      do {
        const [next, batch] = await client.scan(cursor, "MATCH", `${keyPrefix}*`, "COUNT", 1000);
        cursor = next;
        if (batch.length > 0) {
          const p = client.pipeline();
          for (const k of batch) p.call("MEMORY", "USAGE", k, "SAMPLES", "0");
          for (const [err, v] of (await p.exec()) ?? []) if (!err) bytes += Number(v ?? 0);
          keys += batch.length;
        }
      } while (cursor !== "0");
      return { keys, bytes };
    },
    async close() {
      await onClose();
    },
  };
}

/** Starts a private redis-server on a free loopback port (no persistence). */
export async function startPrivateRedis(keyPrefix: string): Promise<RedisHandle> {
  const port = await freeUdpTcpPort();
  const dir = mkdtempSync(join(tmpdir(), "presence-bench-redis-"));
  const child: ChildProcess = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir, "--loglevel", "warning"],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  const url = `redis://127.0.0.1:${port}`;
  const client = await connect(url);
  return makeHandle(client, url, keyPrefix, child.pid ?? null, async () => {
    client.disconnect();
    child.kill("SIGTERM");
    const t = setTimeout(() => child.kill("SIGKILL"), 3000);
    await exited;
    clearTimeout(t);
    rmSync(dir, { recursive: true, force: true });
  });
}

/** Uses an existing Redis; its keys under keyPrefix are deleted on close unless deleteKeys is false. */
export async function useExternalRedis(url: string, keyPrefix: string, deleteKeys = true): Promise<RedisHandle> {
  const client = await connect(url);
  const pidText = infoField(await client.info("server"), "process_id");
  const host = new URL(url).hostname;
  const local = host === "127.0.0.1" || host === "localhost" || host === "::1";
  const pid = local && pidText && existsSync(`/proc/${pidText}/stat`) ? Number(pidText) : null;
  return makeHandle(client, url, keyPrefix, pid, async () => {
    let cursor = "0";
    if (deleteKeys)
      do {
        const [next, batch] = await client.scan(cursor, "MATCH", `${keyPrefix}*`, "COUNT", 1000);
        cursor = next;
        if (batch.length > 0) await client.unlink(...batch);
      } while (cursor !== "0");
    client.disconnect();
  });
}
