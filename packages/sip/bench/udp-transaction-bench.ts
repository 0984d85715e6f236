/**
 * UDP non-INVITE transaction round trips per second through real sockets: a client stack sends
 * NOTIFY requests to a server stack whose application answers 200, one at a time and with a window
 * of requests in flight. Both stacks run in this process. Prints the median of 3 runs.
 *
 *   node --conditions=development --import tsx packages/sip/bench/udp-transaction-bench.ts
 */
import { createResponse, Headers, newCallId, newTag, SipRequest, SipStack, type Endpoint } from "../src/mod.js";

const RUNS = 3;
const DURATION_MS = Number(process.env.BENCH_MS ?? 2000);
const WINDOWS = [1, 32, 64];

function notify(seq: number, callId: string, fromTag: string): SipRequest {
  const h = new Headers([
    ["from", `<sip:alice@127.0.0.1>;tag=${fromTag}`],
    ["to", "<sip:bob@127.0.0.1>;tag=subscriber"],
    ["call-id", callId],
    ["cseq", `${seq} NOTIFY`],
    ["event", "presence"],
    ["subscription-state", "active;expires=3600"],
    ["content-type", "application/pidf+xml"],
  ]);
  const body = Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?>\n<presence xmlns="urn:ietf:params:xml:ns:pidf" entity="sip:alice@127.0.0.1"><tuple id="t1"><status><basic>open</basic></status></tuple></presence>\n`,
  );
  return new SipRequest("NOTIFY", "sip:bob@127.0.0.1", h, body);
}

/** Runs `window` concurrent request loops for the duration; returns completed transactions per second. */
async function run(client: SipStack, target: Endpoint, window: number): Promise<{ rate: number; failures: number }> {
  let done = 0;
  let failures = 0;
  let seq = 1;
  const end = performance.now() + DURATION_MS;
  const loop = async (): Promise<void> => {
    const callId = newCallId();
    const tag = newTag();
    while (performance.now() < end) {
      const r = await client.request(notify(seq++, callId, tag), target);
      if (r.kind === "response" && r.response.status === 200) done++;
      else failures++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: window }, loop));
  return { rate: done / ((performance.now() - started) / 1000), failures };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const server = await SipStack.start({ host: "127.0.0.1", port: 0, transports: ["UDP"], allow: ["NOTIFY"] });
server.onRequest((req, tx) => tx.respond(createResponse(req, 200)));
const client = await SipStack.start({ host: "127.0.0.1", port: 0, transports: ["UDP"] });
const target: Endpoint = { transport: "UDP", address: "127.0.0.1", port: server.port };

await run(client, target, 8); // warm-up
console.log(`UDP NOTIFY -> 200 transactions, ${DURATION_MS} ms per run, median of ${RUNS} runs (node ${process.version})`);
for (const window of WINDOWS) {
  const rates: number[] = [];
  let failures = 0;
  for (let i = 0; i < RUNS; i++) {
    const r = await run(client, target, window);
    rates.push(r.rate);
    failures += r.failures;
  }
  const label = window === 1 ? "one in flight" : `${window} in flight`;
  console.log(`${label.padEnd(14)} ${Math.round(median(rates)).toString().padStart(7)} tx/s   runs: ${rates.map((r) => Math.round(r)).join(", ")}${failures ? `   failures: ${failures}` : ""}`);
}
console.log(`retransmissions sent: ${client.stats.retransmissionsSent}, absorbed by server: ${server.stats.retransmissionsAbsorbed}, timeouts: ${client.stats.timeouts}`);
await client.close({ drainMs: 0 });
await server.close({ drainMs: 0 });
