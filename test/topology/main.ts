/**
 * pnpm topology -- --edges 2 --presentity 2 --subscription 2 --notifiers 3 [--dist] [--keep]
 * Starts the distributed topology on the local Redis and NATS with a unique prefix, prints the edges'
 * SIP addresses, and runs until SIGTERM/SIGINT, then stops every process it started.
 */
import { startTopology } from "./topology.js";

function arg(name: string, def: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : def;
}

const topo = await startTopology({
  edges: arg("edges", 2),
  presentity: arg("presentity", 2),
  subscription: arg("subscription", 2),
  notifiers: arg("notifiers", 3),
  sipPort: Number(process.env.PRESENCE_SIP_PORT ?? 5060),
  sipHost: process.env.PRESENCE_SIP_HOST ?? "127.0.0.1",
  dist: process.argv.includes("--dist"),
  onLine: (name, line) => {
    if (process.argv.includes("--verbose")) process.stdout.write(`${name} ${line}\n`);
  },
});
for (const e of topo.edges) process.stdout.write(`edge sip:${e.host}:${e.port} (udp, tcp)\n`);
process.stdout.write(`prefix ${topo.prefix}; ${topo.procs.length} processes running; SIGTERM to stop\n`);
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  topo.stop({ clean: !process.argv.includes("--keep") }).then(() => process.exit(0));
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
