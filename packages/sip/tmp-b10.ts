import { setParam } from "./src/message/params.js";
let s = 0;
function run(label: string, f: () => void) {
  let best = 0;
  for (let k = 0; k < 10; k++) { const N = 100000; const t0 = process.hrtime.bigint(); for (let i = 0; i < N; i++) f(); best = Math.max(best, N * 1e9 / Number(process.hrtime.bigint() - t0)); }
  console.log(label.padEnd(12), (1e9 / best).toFixed(0), "ns");
}
const p = ";branch=z9hG4bK776asdhds;rport";
run("dynkey", () => { const o: Record<string, string|null> = {}; o[p.slice(1, 7)] = "x"; o[p.slice(25)] = null; s += 1; });
run("dynkeyLower", () => { const o: Record<string, string|null> = {}; o[p.slice(1, 7).toLowerCase()] = "x"; o[p.slice(25).toLowerCase()] = null; s += 1; });
run("setParam", () => { const o: Record<string, string|null> = {}; setParam(o, p.slice(1, 7), "x"); setParam(o, p.slice(25), null); s += 1; });
run("hasOwn", () => { const o: Record<string, string|null> = {}; s += Object.hasOwn(o, p.slice(1, 7)) ? 1 : 0; });
run("map", () => { const o = new Map<string, string|null>(); o.set(p.slice(1, 7), "x"); o.set(p.slice(25), null); s += o.size; });
console.log(s > 0);
