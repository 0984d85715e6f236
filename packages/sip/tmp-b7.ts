import { parseMessage } from "./src/message/index.js";
const buf = Buffer.from(["SUBSCRIBE sip:bob@example.com SIP/2.0","Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK776asdhds;rport","Max-Forwards: 70",'From: "Alice" <sip:alice@example.com>;tag=1928301774',"To: <sip:bob@example.com>","Call-ID: a84b4c76e66710@pc33.example.com","CSeq: 314159 SUBSCRIBE","Contact: <sip:alice@192.0.2.10:5060;transport=udp>","Event: presence","Accept: application/pidf+xml","Expires: 3600","User-Agent: PresenceClient/1.0","Allow-Events: presence","Content-Length: 0"].join("\r\n")+"\r\n\r\n");
let s = 0;
const f = () => { const r = parseMessage(buf); if (r.ok) { const m = r.message; s += m.callId.length + m.via.branch!.length + (m.event?.event.length ?? 0) + m.contacts.length + (m.expires ?? 0) + (m.fromTag?.length ?? 0) + (m.toTag?.length ?? 0); } };
let best = 0;
for (let k = 0; k < 15; k++) {
  const N = 50000; const t0 = process.hrtime.bigint();
  for (let i = 0; i < N; i++) f();
  const r = N * 1e9 / Number(process.hrtime.bigint() - t0); best = Math.max(best, r); process.stdout.write(Math.round(r/1000) + " ");
}
console.log("best", Math.round(best), s > 0);
