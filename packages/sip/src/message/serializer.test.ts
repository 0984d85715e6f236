import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { Headers } from "./headers.js";
import { SipRequest, SipResponse, type SipMessageAny } from "./message.js";
import { parseMessage } from "./parser.js";
import { serialize } from "./serializer.js";

function reparse(m: SipMessageAny): SipMessageAny {
  const r = parseMessage(serialize(m), { transport: "TCP" });
  if (!r.ok) assert.fail(r.error.message);
  return r.message;
}

/** Every value a getter can read, or the reason it cannot. */
function snapshot(m: SipMessageAny): Record<string, unknown> {
  const out: Record<string, unknown> = {
    start: m.kind === "request" ? [m.method, m.uri, m.version] : [m.status, m.reason, m.version],
    headers: [...m.headers.entries()].filter(([n]) => n !== "content-length"),
    body: m.body.toString("hex"),
  };
  for (const g of ["callId", "cseq", "from", "to", "vias", "contacts", "routes", "recordRoutes", "event", "expires", "maxForwards", "contentType", "subscriptionState"] as const) {
    try {
      out[g] = m[g];
    } catch (e) {
      out[g] = `throws ${(e as Error).message}`;
    }
  }
  return out;
}

describe("serialize", () => {
  it("writes the start line, display-case names, CRLFs and a recomputed Content-Length", () => {
    const h = new Headers([
      ["v", "SIP/2.0/UDP h;branch=z9hG4bK1"],
      ["f", "<sip:a@b>;tag=1"],
      ["t", "<sip:c@d>"],
      ["i", "x@y"],
      ["cseq", "1 PUBLISH"],
      ["sip-if-match", "e1"],
      ["www-authenticate", 'Digest realm="r"'],
      ["content-length", "999"],
      ["c", "application/pidf+xml"],
    ]);
    const body = Buffer.from("<presence>ü</presence>");
    const out = serialize(new SipRequest("PUBLISH", "sip:a@b", h, body)).toString("utf8");
    assert.equal(
      out,
      [
        "PUBLISH sip:a@b SIP/2.0",
        "Via: SIP/2.0/UDP h;branch=z9hG4bK1",
        "From: <sip:a@b>;tag=1",
        "To: <sip:c@d>",
        "Call-ID: x@y",
        "CSeq: 1 PUBLISH",
        "SIP-If-Match: e1",
        'WWW-Authenticate: Digest realm="r"',
        "Content-Type: application/pidf+xml",
        `Content-Length: ${body.length}`,
        "",
        "<presence>ü</presence>",
      ].join("\r\n"),
    );
    assert.equal(body.length, 23); // bytes, not characters
  });

  it("writes responses and keeps binary bodies intact", () => {
    const body = Buffer.from([0, 1, 2, 255, 13, 10, 13, 10]);
    const res = new SipResponse(200, "OK", new Headers([["Via", "SIP/2.0/UDP h"], ["From", "<sip:a@b>;tag=1"], ["To", "<sip:a@b>;tag=2"], ["Call-ID", "z"], ["CSeq", "5 NOTIFY"]]), body);
    const out = serialize(res);
    assert.ok(out.toString("latin1").startsWith("SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP h\r\n"));
    assert.ok(out.subarray(out.length - body.length).equals(body));
    assert.deepEqual(snapshot(reparse(res)), snapshot(res));
  });

  it("round-trips every RFC 4475 message that parses", () => {
    const dir = new URL("./fixtures/rfc4475/", import.meta.url);
    let n = 0;
    for (const f of readdirSync(dir)) {
      const r = parseMessage(readFileSync(new URL(f, dir)));
      if (!r.ok) continue;
      assert.deepEqual(snapshot(reparse(r.message)), snapshot(r.message), f);
      n++;
    }
    assert.ok(n >= 25, `${n} messages round-tripped`);
  });

  it("round-trips messages that were built or modified in code", () => {
    const r = parseMessage(Buffer.from("NOTIFY sip:a@h SIP/2.0\r\nv: SIP/2.0/UDP h;branch=z9hG4bK1\r\nf: \"A\\\"B\" <sip:a@b>;tag=1\r\nt: <sip:c@d>;tag=2\r\ni: q\r\nCSeq: 2 NOTIFY\r\no: presence;id=1\r\nSubscription-State: active;expires=10\r\n\r\n"));
    if (!r.ok) assert.fail(r.error.message);
    const m = r.message;
    m.headers.prepend("via", "SIP/2.0/TCP p;branch=z9hG4bK2");
    m.headers.set("x-new", "folded  value");
    m.body = Buffer.from("€ body");
    const back = reparse(m);
    assert.deepEqual(snapshot(back), snapshot(m));
    assert.equal(back.body.toString(), "€ body");
  });
});
