import { readdirSync, readFileSync } from "node:fs";
import { parseMessage } from "./src/message/index.js";
const dir = "packages/sip/src/message/fixtures/rfc4475/";
for (const f of readdirSync(dir).sort()) {
  const r = parseMessage(readFileSync(dir + f));
  if (r.ok) {
    const m = r.message;
    let extra = "";
    for (const g of ["callId","cseq","from","to","vias","contacts","event","expires","maxForwards","contentType"] as const) {
      try { void (m as any)[g]; } catch (e) { extra += ` ${g}!(${(e as Error).message})`; }
    }
    console.log(f.padEnd(16), "OK", m.kind, m.body.length, extra);
  } else console.log(f.padEnd(16), "ERR", r.error.reason, "|", r.error.message, r.request ? "REQ" : "");
}
