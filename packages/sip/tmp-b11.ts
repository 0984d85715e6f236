import { readParams } from "./src/message/params.js";
let s = 0;
const p = ";branch=z9hG4bK776asdhds;rport";
const t0 = Date.now();
for (let i = 0; i < 3000000; i++) { const o = {}; s += readParams(p, 0, o, true); }
console.log((Date.now() - t0) / 3000, "ns/op", s > 0);
