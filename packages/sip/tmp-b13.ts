import { splitHeaders } from "./src/message/parser.js";
const buf = Buffer.from(["SUBSCRIBE sip:bob@example.com SIP/2.0","Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK776asdhds;rport","Max-Forwards: 70",'From: "Alice" <sip:alice@example.com>;tag=1928301774',"To: <sip:bob@example.com>","Call-ID: a84b4c76e66710@pc33.example.com","CSeq: 314159 SUBSCRIBE","Contact: <sip:alice@192.0.2.10:5060;transport=udp>","Event: presence","Accept: application/pidf+xml","Expires: 3600","User-Agent: PresenceClient/1.0","Allow-Events: presence","Content-Length: 0"].join("\r\n")+"\r\n\r\n");
const text = buf.toString("latin1");
let s = 0;
for (let r = 0; r < 3; r++) {
let best = 0;
for (let k = 0; k < 10; k++) { const N = 100000; const t0 = process.hrtime.bigint(); for (let i = 0; i < N; i++) { const x = splitHeaders(text, 256, 8192); s += (x as any).names.length; } best = Math.max(best, N * 1e9 / Number(process.hrtime.bigint() - t0)); }
console.log("split", (1e9 / best).toFixed(0), "ns");
}
