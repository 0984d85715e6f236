/** Child-process helpers: run a service entry point as operators do, and find free ports. */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { createSocket } from "node:dgram";
import { once } from "node:events";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

async function isFree(port: number): Promise<boolean> {
  const srv = createServer();
  const tcp = await new Promise<boolean>((resolve) => {
    srv.once("error", () => resolve(false));
    srv.listen(port, "127.0.0.1", () => resolve(true));
  });
  if (!tcp) return false;
  const udp = createSocket("udp4");
  const ok = await new Promise<boolean>((resolve) => {
    udp.once("error", () => resolve(false));
    udp.bind(port, "127.0.0.1", () => resolve(true));
  });
  udp.close();
  await new Promise<void>((r) => srv.close(() => r()));
  return ok;
}

/**
 * `count` consecutive ports free for both TCP and UDP on 127.0.0.1. They are drawn below the
 * kernel's ephemeral range (32768 and up on Linux), so no client socket of a concurrent test can
 * take one of them between this check and the server's bind.
 */
export async function freePorts(count: number): Promise<number> {
  for (let i = 0; i < 50; i++) {
    const base = 20000 + Math.floor(Math.random() * (12000 - count));
    let ok = true;
    for (let p = base; p < base + count && ok; p++) ok = await isFree(p);
    if (ok) return base;
  }
  throw new Error(`no ${count} free consecutive ports`);
}

/** A port free for both TCP and UDP on 127.0.0.1 (see freePorts). */
export function freePort(): Promise<number> {
  return freePorts(1);
}

export interface ServiceProcess {
  child: ChildProcess;
  output: string[];
  /** Resolves with the first log line matching `re` (JSON log lines as objects). */
  waitFor(re: RegExp, timeoutMs?: number): Promise<string>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts a TypeScript entry point under tsx with the given environment. */
export function startService(entry: string, env: Record<string, string>): ServiceProcess {
  const child = spawn(process.execPath, ["--conditions=development", "--import", "tsx", entry], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  const listeners: Array<() => void> = [];
  const onData = (chunk: Buffer) => {
    for (const line of chunk.toString("utf8").split("\n")) if (line) output.push(line);
    for (const l of listeners.splice(0)) l();
  };
  child.stdout!.on("data", onData);
  child.stderr!.on("data", onData);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    output,
    exited,
    async waitFor(re, timeoutMs = 15000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const hit = output.find((l) => re.test(l));
        if (hit) return hit;
        if (child.exitCode !== null) throw new Error(`process exited (${child.exitCode}) before ${re}: ${output.slice(-5).join("\n")}`);
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`timed out waiting for ${re}: ${output.slice(-5).join("\n")}`);
        await new Promise<void>((r) => {
          const t = setTimeout(r, Math.min(left, 200));
          listeners.push(() => {
            clearTimeout(t);
            r();
          });
        });
      }
    },
  };
}
