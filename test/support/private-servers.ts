/**
 * A redis-server or nats-server owned by one test: its own port and data directory, so the test can
 * stop and restart it (fault tests) without disturbing the shared instances other tests use.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "./processes.js";

export const REDIS_SERVER = process.env.TEST_REDIS_SERVER ?? "/usr/bin/redis-server";
export const NATS_SERVER = process.env.TEST_NATS_SERVER ?? "/usr/sbin/nats-server";

export interface PrivateServer {
  readonly kind: "redis" | "nats";
  readonly port: number;
  readonly url: string;
  /** Data directory, kept across restarts (append-only file / JetStream store). */
  readonly dir: string;
  /** nats-server's HTTP monitoring endpoint (connz, jsz); null for Redis. */
  readonly monitorUrl: string | null;
  readonly running: boolean;
  /** Starts the server (again) on the same port and directory; resolves once it accepts clients. */
  start(): Promise<void>;
  /** Sends `signal` and waits for the process to exit. */
  stop(signal?: NodeJS.Signals): Promise<void>;
  /** Kills the server and removes its directory. */
  dispose(): Promise<void>;
}

interface Flavor {
  kind: "redis" | "nats";
  binary: string;
  scheme: string;
  args(port: number, dir: string, monitorPort: number): string[];
  monitored: boolean;
  ready: RegExp;
}

const REDIS: Flavor = {
  kind: "redis",
  binary: REDIS_SERVER,
  scheme: "redis",
  // appendfsync always: a SIGTERM'd server comes back with every acknowledged write.
  args: (port, dir) => ["--port", String(port), "--bind", "127.0.0.1", "--appendonly", "yes", "--appendfsync", "always", "--dir", dir, "--save", ""],
  ready: /Ready to accept connections/,
  monitored: false,
};

const NATS: Flavor = {
  kind: "nats",
  binary: NATS_SERVER,
  scheme: "nats",
  args: (port, dir, monitorPort) => ["-a", "127.0.0.1", "-p", String(port), "-m", String(monitorPort), "-js", "-sd", dir],
  ready: /Server is ready/,
  monitored: true,
};

/** Every child still running when the test process exits is killed with it. */
const live = new Set<ChildProcess>();
process.once("exit", () => {
  for (const c of live) c.kill("SIGKILL");
});

export function privateServersAvailable(): boolean {
  return existsSync(REDIS_SERVER) && existsSync(NATS_SERVER);
}

export const privateRedis = (): Promise<PrivateServer> => startPrivate(REDIS);
export const privateNats = (): Promise<PrivateServer> => startPrivate(NATS);

async function startPrivate(flavor: Flavor): Promise<PrivateServer> {
  const port = await freePort();
  let monitorPort = 0;
  while (flavor.monitored && (monitorPort === 0 || monitorPort === port)) monitorPort = await freePort();
  const dir = mkdtempSync(join(tmpdir(), `presence-fault-${flavor.kind}-`));
  let proc: ChildProcess | null = null;

  const server: PrivateServer = {
    kind: flavor.kind,
    port,
    url: `${flavor.scheme}://127.0.0.1:${port}`,
    dir,
    monitorUrl: flavor.monitored ? `http://127.0.0.1:${monitorPort}` : null,
    get running() {
      return proc !== null && proc.exitCode === null && proc.signalCode === null;
    },
    async start() {
      if (server.running) throw new Error(`${flavor.kind} server already running`);
      const child = spawn(flavor.binary, flavor.args(port, dir, monitorPort), { stdio: ["ignore", "pipe", "pipe"] });
      proc = child;
      live.add(child);
      child.once("exit", () => live.delete(child));
      let log = "";
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => done(new Error(`${flavor.kind} server not ready in 10 s: ${log.slice(-500)}`)), 10_000);
        const onData = (d: Buffer) => {
          log += d.toString("utf8");
          if (flavor.ready.test(log)) done();
        };
        const onExit = (code: number | null) => done(new Error(`${flavor.kind} server exited (${code}): ${log.slice(-500)}`));
        function done(err?: Error) {
          clearTimeout(timer);
          child.stdout!.off("data", onData);
          child.stderr!.off("data", onData);
          child.off("exit", onExit);
          // Keep draining the pipes so the server never blocks on a full one.
          child.stdout!.resume();
          child.stderr!.resume();
          if (err) reject(err);
          else resolve();
        }
        child.stdout!.on("data", onData);
        child.stderr!.on("data", onData);
        child.once("exit", onExit);
      });
    },
    async stop(signal = "SIGTERM") {
      const child = proc;
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((r) => child.once("exit", () => r()));
      child.kill(signal);
      await exited;
    },
    async dispose() {
      await server.stop("SIGKILL").catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  try {
    await server.start();
  } catch (err) {
    await server.dispose();
    throw err;
  }
  return server;
}
