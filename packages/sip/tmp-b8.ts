import { parseMessage } from "./src/message/index.js";
import { parseNameAddr } from "./src/message/name-addr.js";
import { parseVias } from "./src/message/via.js";
const buf = Buffer.from(["SUBSCRIBE sip:bob@example.com SIP/2.0","Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK776asdhds;rport","Max-Forwards: 70",'From: "Alice" <sip:alice@example.com>;tag=1928301774',"To: <sip:bob@example.com>","Call-ID: a84b4c76e66710@pc33.example.com","CSeq: 314159 SUBSCRIBE","Contact: <sip:alice@192.0.2.10:5060;transport=udp>","Event: presence","Accept: application/pidf+xml","Expires: 3600","User-Agent: PresenceClient/1.0","Allow-Events: presence","Content-Length: 0"].join("\r\n")+"\r\n\r\n");
let s = 0;
function run(label: string, f: () => void) {
  let best = 0;
  for (let k = 0; k < 10; k++) { const N = 50000; const t0 = process.hrtime.bigint(); for (let i = 0; i < N; i++) f(); best = Math.max(best, N * 1e9 / Number(process.hrtime.bigint() - t0)); }
  console.log(label.padEnd(12), (1e9 / best).toFixed(0), "ns");
}
run("lines", () => { const t = buf.toString("latin1"); let p = 0; for (;;) { const n = t.indexOf("\n", p); if (n < 0) break; s += n; p = n + 1; } });
run("parse", () => { const r = parseMessage(buf); if (r.ok) s++; });
run("via", () => { s += parseVias("SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK776asdhds;rport").length; });
run("from", () => { s += parseNameAddr('"Alice" <sip:alice@example.com>;tag=1928301774').uri.length; });
run("to", () => { s += parseNameAddr('<sip:bob@example.com>').uri.length; });
run("full", () => { const r = parseMessage(buf); if (r.ok) { const m = r.message; s += m.callId.length + m.via.branch!.length + (m.event?.event.length ?? 0) + m.contacts.length + (m.expires ?? 0) + (m.fromTag?.length ?? 0) + (m.toTag?.length ?? 0); } });
console.log(s > 0);
