import { knownName, canonicalName } from "./src/message/header-names.js";
import { C_TOKEN, scan } from "./src/message/chars.js";
const buf = Buffer.from(["SUBSCRIBE sip:bob@example.com SIP/2.0","Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK776asdhds;rport","Max-Forwards: 70",'From: "Alice" <sip:alice@example.com>;tag=1928301774',"To: <sip:bob@example.com>","Call-ID: a84b4c76e66710@pc33.example.com","CSeq: 314159 SUBSCRIBE","Contact: <sip:alice@192.0.2.10:5060;transport=udp>","Event: presence","Accept: application/pidf+xml","Expires: 3600","User-Agent: PresenceClient/1.0","Allow-Events: presence","Content-Length: 0"].join("\r\n")+"\r\n\r\n");
const text = buf.toString("latin1");
let s = 0;
function bench(label: string, f: () => number) {
  let best = 0;
  for (let k = 0; k < 10; k++) { const N = 100000; const t0 = process.hrtime.bigint(); for (let i = 0; i < N; i++) s += f(); best = Math.max(best, N * 1e9 / Number(process.hrtime.bigint() - t0)); }
  console.log(label.padEnd(10), (1e9 / best).toFixed(0), "ns");
}
function lines(): number { let p = 0, n = 0; for (;;) { const nl = text.indexOf("\n", p); if (nl < 0) return n; n++; p = nl + 1; } }
function linesSlice(): number { let p = 0; const v: string[] = []; for (;;) { const nl = text.indexOf("\n", p); if (nl < 0) return v.length; v.push(text.slice(p, nl - 1)); p = nl + 1; } }
function names(): number { let p = text.indexOf("\n") + 1; const v: string[] = []; for (;;) { const nl = text.indexOf("\n", p); if (nl < 0 || nl === p + 1) return v.length; const ne = scan(text, p, C_TOKEN); v.push(knownName(text, p, ne) ?? canonicalName(text.slice(p, ne))); p = nl + 1; } }
function namesVals(): number { let p = text.indexOf("\n") + 1; const v: string[] = []; const w: string[] = []; for (;;) { const nl = text.indexOf("\n", p); if (nl < 0 || nl === p + 1) return v.length; const ne = scan(text, p, C_TOKEN); v.push(knownName(text, p, ne) ?? canonicalName(text.slice(p, ne))); let a = ne + 1; while (text.charCodeAt(a) === 32) a++; w.push(text.slice(a, nl - 1)); p = nl + 1; } }
for (let r = 0; r < 2; r++) { bench("lines", lines); bench("linesSlice", linesSlice); bench("names", names); bench("namesVals", namesVals); }
console.log(s > 0);
const M = new Map<string, string>();
for (const n of ["Via","Max-Forwards","From","To","Call-ID","CSeq","Contact","Event","Accept","Expires","User-Agent","Allow-Events","Content-Length"]) M.set(n, n.toLowerCase());
function namesMap(): number { let p = text.indexOf("\n") + 1; const v: string[] = []; for (;;) { const nl = text.indexOf("\n", p); if (nl < 0 || nl === p + 1) return v.length; const ne = text.indexOf(":", p); v.push(M.get(text.slice(p, ne)) ?? ""); p = nl + 1; } }
function namesScan(): number { let p = text.indexOf("\n") + 1; const v: number[] = []; for (;;) { const nl = text.indexOf("\n", p); if (nl < 0 || nl === p + 1) return v.length; const ne = scan(text, p, C_TOKEN); v.push(ne); p = nl + 1; } }
function namesKnown(): number { let p = text.indexOf("\n") + 1; const v: string[] = []; for (;;) { const nl = text.indexOf("\n", p); if (nl < 0 || nl === p + 1) return v.length; const ne = text.indexOf(":", p); v.push(knownName(text, p, ne) ?? ""); p = nl + 1; } }
for (let r = 0; r < 2; r++) { bench("namesMap", namesMap); bench("namesScan", namesScan); bench("namesKnown", namesKnown); }
