/** Parent side of the fan-out watcher: forks fanout-watcher.ts and talks to it over IPC. */
import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { onInterrupt } from "./cleanup.js";
import type { WatcherCommand, WatcherEvent, WatcherStepStats } from "./watcher-protocol.js";

type EventOf<K extends WatcherEvent["ev"]> = Extract<WatcherEvent, { ev: K }>;

export class WatcherProcess {
  private readonly waiters: Array<{ ev: WatcherEvent["ev"]; resolve: (e: WatcherEvent) => void }> = [];
  private exited = false;

  private constructor(private readonly child: ChildProcess) {
    child.on("message", (e: WatcherEvent) => {
      const i = this.waiters.findIndex((w) => w.ev === e.ev);
      if (i >= 0) this.waiters.splice(i, 1)[0]!.resolve(e);
    });
    child.on("exit", () => {
      this.exited = true;
    });
  }

  static async start(serverHost: string, serverPort: number): Promise<WatcherProcess> {
    // The child inherits this process's --import tsx, so it runs the TypeScript source directly.
    const child = fork(fileURLToPath(new URL("./fanout-watcher.ts", import.meta.url)), [], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
    const forget = onInterrupt(() => {
      child.kill("SIGKILL");
    });
    child.once("exit", forget);
    const w = new WatcherProcess(child);
    await w.request({ cmd: "init", host: serverHost, port: serverPort }, "ready", 15000);
    return w;
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  async subscribe(presentities: string[], watchersPer: number, tag: string): Promise<EventOf<"subscribed">> {
    return this.request({ cmd: "subscribe", presentities, watchersPer, tag, expires: 3600, window: 200 }, "subscribed", 120000);
  }

  async reset(step: string): Promise<void> {
    await this.request({ cmd: "reset", step }, "reset", 5000);
  }

  async stats(): Promise<WatcherStepStats> {
    return (await this.request({ cmd: "stats" }, "stats", 10000)).stats;
  }

  async close(): Promise<void> {
    if (this.exited) return;
    const gone = new Promise<void>((r) => this.child.once("exit", () => r()));
    try {
      this.child.send({ cmd: "close" } satisfies WatcherCommand);
    } catch {
      // channel already closed
    }
    const timer = setTimeout(() => this.child.kill("SIGKILL"), 3000);
    await gone;
    clearTimeout(timer);
  }

  private request<K extends WatcherEvent["ev"]>(cmd: WatcherCommand, ev: K, timeoutMs: number): Promise<EventOf<K>> {
    return new Promise((resolve, reject) => {
      if (this.exited) return reject(new Error("watcher process has exited"));
      const timer = setTimeout(() => reject(new Error(`watcher did not answer ${cmd.cmd} within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({
        ev,
        resolve: (e) => {
          clearTimeout(timer);
          resolve(e as EventOf<K>);
        },
      });
      this.child.send(cmd);
    });
  }
}
