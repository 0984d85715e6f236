import { knownName } from "./src/message/header-names.js";
const names = ["via","from","to","call-id","cseq","contact","max-forwards","content-length","content-type","event","expires","accept","user-agent","allow-events","allow","supported","subscription-state","route","record-route","sip-etag","sip-if-match","v","f","t","i","m","l","c","o","k","u","x-unknown","x-foo-bar"];
const m = new Map(names.map((n) => [n, n]));
for (let r = 0; r < 3; r++) {
let s = 0; let t0 = process.hrtime.bigint();
for (let i = 0; i < 2e6; i++) { const n = names[i % names.length]!; s += n.length; }
console.log("base", Number(process.hrtime.bigint() - t0) / 2e6);
t0 = process.hrtime.bigint();
for (let i = 0; i < 2e6; i++) { const n = names[i % names.length]!; s += knownName(n, 0, n.length)?.length ?? 0; }
console.log("known", Number(process.hrtime.bigint() - t0) / 2e6);
t0 = process.hrtime.bigint();
for (let i = 0; i < 2e6; i++) { const n = names[i % names.length]!; s += m.get(n)?.length ?? 0; }
console.log("map", Number(process.hrtime.bigint() - t0) / 2e6, s);
}
