import { execSync } from "node:child_process";
import { startTopology } from "./topology/topology.js";
import { freePort } from "./support/processes.js";
import { privateNats, privateRedis } from "./support/private-servers.js";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const redis = await privateRedis();
const nats = await privateNats();
const t0 = Date.now();
const topo = await startTopology({ dist: true, edges: 1, presentity: 1, subscription: 1, notifiers: 2, sipPort: await freePort(), redisUrl: redis.url, natsUrl: nats.url,
  env: { PRESENCE_LOG_LEVEL: "debug", PRESENCE_WAITN_TIME: "2" },
  onLine: (name, line) => { if (/redis|Redis/.test(line) && !/"level":20/.test(line)) console.log(Date.now() - t0, name, line.slice(0, 300)); } });
const pids = new Map(topo.procs.map((p) => [p.child.pid, p.name]));
function conns() {
  const out = execSync(`ss -tnpH state established '( dport = :${redis.port} )'`).toString();
  return [...out.matchAll(/pid=(\d+)/g)].map((m) => pids.get(Number(m[1])) ?? m[1]).sort().join(",");
}
console.log("conns", conns());
await redis.stop("SIGKILL");
const down = Date.now();
console.log("down at", down - t0);
await sleep(8000);
await redis.start();
const up = Date.now();
console.log("up at", up - t0);
for (let i = 0; i < 40; i++) { console.log(Date.now() - up, conns()); await sleep(250); }
await topo.stop();
await redis.dispose(); await nats.dispose();
