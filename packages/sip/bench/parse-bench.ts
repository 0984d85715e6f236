/**
 * Parse / serialize throughput of the SIP message layer, with sip.js's parser for comparison.
 * Run: node --conditions=development --import tsx packages/sip/bench/parse-bench.ts
 */
import { LoggerFactory, Parser } from "sip.js/lib/core/index.js";
import { parseMessage, serialize, type SipMessageAny } from "../src/mod.js";

const crlf = (lines: string[], body = ""): Buffer => Buffer.from(lines.join("\r\n") + "\r\n\r\n" + body);

const SUBSCRIBE = crlf([
  "SUBSCRIBE sip:bob@example.com SIP/2.0",
  "Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK776asdhds;rport",
  "Max-Forwards: 70",
  'From: "Alice" <sip:alice@example.com>;tag=1928301774',
  "To: <sip:bob@example.com>",
  "Call-ID: a84b4c76e66710@pc33.example.com",
  "CSeq: 314159 SUBSCRIBE",
  "Contact: <sip:alice@192.0.2.10:5060;transport=udp>",
  "Event: presence",
  "Accept: application/pidf+xml",
  "Expires: 3600",
  "User-Agent: PresenceClient/1.0",
  "Allow-Events: presence",
  "Content-Length: 0",
]);

const tuples = Array.from(
  { length: 5 },
  (_, i) => `<tuple id="t${i}"><status><basic>open</basic></status><contact priority="0.${i}">sip:alice@192.0.2.${i}</contact></tuple>`,
).join("\n");
const PIDF = `<?xml version="1.0" encoding="UTF-8"?>\n<presence xmlns="urn:ietf:params:xml:ns:pidf" entity="sip:alice@example.com">\n${tuples}\n<note>Available for a chat about the quarterly figures</note>\n</presence>\n`;

const PUBLISH = crlf(
  [
    "PUBLISH sip:alice@example.com SIP/2.0",
    "Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK652hsge",
    "Max-Forwards: 70",
    "From: <sip:alice@example.com>;tag=1234wxyz",
    "To: <sip:alice@example.com>",
    "Call-ID: 81818181@pc33.example.com",
    "CSeq: 1 PUBLISH",
    "Event: presence",
    "Expires: 3600",
    "SIP-If-Match: dx200xyz",
    "Content-Type: application/pidf+xml",
    `Content-Length: ${Buffer.byteLength(PIDF)}`,
  ],
  PIDF,
);

const NOTIFY_BODY = PIDF.slice(0, 400);
const NOTIFY = crlf(
  [
    "NOTIFY sip:alice@192.0.2.10:5060;transport=udp SIP/2.0",
    "Via: SIP/2.0/UDP 198.51.100.1:5060;branch=z9hG4bK4b43c2ff8.1",
    "Max-Forwards: 70",
    "From: <sip:bob@example.com>;tag=ffd2",
    "To: \"Alice\" <sip:alice@example.com>;tag=1928301774",
    "Call-ID: a84b4c76e66710@pc33.example.com",
    "CSeq: 2 NOTIFY",
    "Contact: <sip:presence@198.51.100.1:5060>",
    "Event: presence",
    "Subscription-State: active;expires=3599",
    "Content-Type: application/pidf+xml",
    `Content-Length: ${Buffer.byteLength(NOTIFY_BODY)}`,
  ],
  NOTIFY_BODY,
);

let sink = 0;

/** What a presence server reads from a request it handles. */
function useGetters(m: SipMessageAny): void {
  sink += m.via.branch!.length + m.callId.length + m.cseq.seq + (m.fromTag?.length ?? 0) + (m.toTag?.length ?? 0);
  sink += (m.event?.event.length ?? 0) + (m.expires ?? 0) + m.contacts.length;
  if (m.headers.has("subscription-state")) sink += m.subscriptionState!.expires ?? 0;
  if (m.contentType !== null) sink += m.body.length;
}

function parseOnce(buf: Buffer): SipMessageAny {
  const r = parseMessage(buf);
  if (!r.ok) throw r.error;
  return r.message;
}

/**
 * Messages per second of CPU time consumed by this process (user + system), so that other load on
 * a shared machine does not count against the figure as waiting time would.
 */
function rate(iterations: number, f: () => void): number {
  const t0 = process.cpuUsage();
  for (let i = 0; i < iterations; i++) f();
  const used = process.cpuUsage(t0);
  return (iterations * 1e6) / (used.user + used.system);
}

function median3(iterations: number, f: () => void): number {
  rate(Math.min(iterations, 20000), f); // warm-up
  const r = [rate(iterations, f), rate(iterations, f), rate(iterations, f)].sort((a, b) => a - b);
  return r[1]!;
}

const fmt = (n: number): string => Math.round(n).toLocaleString("en-US").padStart(11);

console.log(`node ${process.version}; messages per CPU-second, median of 3 runs`);
for (const [name, buf] of [
  ["SUBSCRIBE", SUBSCRIBE],
  ["PUBLISH (1 KB PIDF)", PUBLISH],
  ["NOTIFY", NOTIFY],
] as const) {
  const parsed = parseOnce(buf);
  useGetters(parsed);
  const p = median3(200_000, () => useGetters(parseOnce(buf)));
  const s = median3(200_000, () => {
    sink += serialize(parsed).length;
  });
  console.log(`${name.padEnd(22)} ${String(buf.length).padStart(5)} B  parse+getters ${fmt(p)} msg/s   serialize ${fmt(s)} msg/s`);
}

const logger = new LoggerFactory().getLogger("bench");
const text = SUBSCRIBE.toString("latin1");
const sj = median3(300, () => {
  const m = Parser.parseMessage(text, logger);
  if (!m) throw new Error("sip.js could not parse");
  sink += m.callId.length;
});
console.log(`${"sip.js SUBSCRIBE".padEnd(22)} ${String(SUBSCRIBE.length).padStart(5)} B  parse         ${fmt(sj)} msg/s`);
if (sink === 42) console.log("");
