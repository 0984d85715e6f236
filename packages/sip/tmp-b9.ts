import { readParams } from "./src/message/params.js";
import { parseEvent } from "./src/message/values.js";
import { parseContacts } from "./src/message/name-addr.js";
import { scan, C_TOKEN, skipWs } from "./src/message/chars.js";
let s = 0;
function run(label: string, f: () => void) {
  let best = 0;
  for (let k = 0; k < 10; k++) { const N = 100000; const t0 = process.hrtime.bigint(); for (let i = 0; i < N; i++) f(); best = Math.max(best, N * 1e9 / Number(process.hrtime.bigint() - t0)); }
  console.log(label.padEnd(12), (1e9 / best).toFixed(0), "ns");
}
const p = ";branch=z9hG4bK776asdhds;rport";
run("readParams", () => { const o = {}; s += readParams(p, 0, o, true); });
run("objset", () => { const o: Record<string, string|null> = {}; o["branch"] = "x"; o["rport"] = null; s += 1; });
run("scan", () => { s += scan(p, 1, C_TOKEN) + skipWs(p, 3); });
run("lower", () => { s += "branch".toLowerCase().length; });
run("event", () => { s += parseEvent("presence").event.length; });
run("contacts", () => { s += parseContacts(["<sip:alice@192.0.2.10:5060;transport=udp>"]).length; });
console.log(s > 0);
