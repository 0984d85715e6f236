import { C_PVAL, C_TOKEN, scan, skipWs } from "./src/message/chars.js";
let s = 0;
function run(label: string, f: () => void) {
  let best = 0;
  for (let k = 0; k < 10; k++) { const N = 200000; const t0 = process.hrtime.bigint(); for (let i = 0; i < N; i++) f(); best = Math.max(best, N * 1e9 / Number(process.hrtime.bigint() - t0)); }
  console.log(label.padEnd(12), (1e9 / best).toFixed(0), "ns");
}
const p = ";branch=z9hG4bK776asdhds;rport";
run("scanTok", () => { s += scan(p, 1, C_TOKEN); });
run("scanVal", () => { s += scan(p, 8, C_PVAL); });
run("skipWs", () => { s += skipWs(p, 1); });
run("slice+low", () => { s += p.slice(1, 7).toLowerCase().length; });
run("slice", () => { s += p.slice(8, 24).length; });
run("allsteps", () => {
  let i = skipWs(p, 0);
  i = skipWs(p, i + 1);
  const ne = scan(p, i, C_TOKEN);
  const name = p.slice(i, ne).toLowerCase();
  i = skipWs(p, ne);
  i = skipWs(p, i + 1);
  const e = scan(p, i, C_PVAL);
  const v = p.slice(i, e);
  s += name.length + v.length;
});
console.log(s > 0);
