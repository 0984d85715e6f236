import { createServer, type Server } from "node:http";
import { once } from "node:events";

/** A readiness check: resolves true when the dependency is usable. */
export type ReadinessCheck = () => boolean | Promise<boolean>;

export interface HealthServerOptions {
  host: string;
  port: number;
  /** Named checks for /readyz (NATS connected, Redis reachable, SIP listeners bound...). */
  checks: Record<string, ReadinessCheck>;
  /** Extra routes (e.g. /metrics), path -> handler returning [status, content type, body]. */
  routes?: Record<string, () => Promise<[number, string, string]>>;
}

export interface HealthServer {
  readonly port: number;
  close(): Promise<void>;
}

async function runChecks(checks: Record<string, ReadinessCheck>): Promise<Record<string, boolean>> {
  const out: Record<string, boolean> = {};
  await Promise.all(
    Object.entries(checks).map(async ([name, check]) => {
      try {
        out[name] = await Promise.race([Promise.resolve(check()), new Promise<boolean>((r) => setTimeout(() => r(false), 1000))]);
      } catch {
        out[name] = false;
      }
    }),
  );
  return out;
}

/** /healthz: the process is alive. /readyz: every dependency check passes (Kubernetes probes). */
export async function startHealthServer(opts: HealthServerOptions): Promise<HealthServer> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0]!;
    const send = (status: number, type: string, body: string) => {
      res.writeHead(status, { "content-type": type });
      res.end(body);
    };
    if (path === "/healthz") return send(200, "application/json", JSON.stringify({ status: "ok" }));
    if (path === "/readyz") {
      void runChecks(opts.checks).then((results) => {
        const ready = Object.values(results).every(Boolean);
        send(ready ? 200 : 503, "application/json", JSON.stringify({ status: ready ? "ready" : "not ready", checks: results }));
      });
      return;
    }
    const route = opts.routes?.[path];
    if (route) {
      void route().then(
        ([status, type, body]) => send(status, type, body),
        (err: unknown) => send(500, "text/plain", String(err)),
      );
      return;
    }
    send(404, "application/json", JSON.stringify({ error: "not found" }));
  });
  server.listen(opts.port, opts.host);
  await once(server, "listening");
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : opts.port;
  return {
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
