import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Headers, splitList } from "./headers.js";
import { displayName } from "./header-names.js";

describe("Headers.canonical", () => {
  it("lower-cases and expands every compact form", () => {
    const compact: Record<string, string> = {
      i: "call-id", m: "contact", e: "content-encoding", l: "content-length", c: "content-type", f: "from",
      s: "subject", k: "supported", t: "to", v: "via", o: "event", u: "allow-events", r: "refer-to",
      b: "referred-by", x: "session-expires",
    };
    for (const [short, full] of Object.entries(compact)) {
      assert.equal(Headers.canonical(short), full);
      assert.equal(Headers.canonical(short.toUpperCase()), full);
    }
    assert.equal(Headers.canonical("CaLL-iD"), "call-id");
    assert.equal(Headers.canonical("X-Custom-Thing"), "x-custom-thing");
    assert.equal(Headers.canonical(" Via "), "via");
  });

  it("has display names in canonical case", () => {
    const want = ["Via", "From", "To", "Call-ID", "CSeq", "Contact", "Content-Type", "Content-Length", "SIP-ETag",
      "SIP-If-Match", "WWW-Authenticate", "Allow-Events", "Subscription-State", "Min-Expires", "Max-Forwards",
      "Record-Route", "X-Foo-Bar"];
    for (const d of want) assert.equal(displayName(d.toLowerCase()), d);
  });
});

describe("Headers", () => {
  it("keeps wire order and finds values case-insensitively and by compact form", () => {
    const h = new Headers([
      ["Via", "SIP/2.0/UDP a"],
      ["v", "SIP/2.0/UDP b"],
      ["From", "<sip:a@b>;tag=1"],
      ["X-A", "1"],
    ]);
    assert.equal(h.size, 4);
    assert.equal(h.get("VIA"), "SIP/2.0/UDP a");
    assert.deepEqual(h.getAll("via"), ["SIP/2.0/UDP a", "SIP/2.0/UDP b"]);
    assert.equal(h.get("f"), "<sip:a@b>;tag=1");
    assert.equal(h.has("x-a"), true);
    assert.equal(h.has("x-b"), false);
    assert.equal(h.get("x-b"), undefined);
    assert.deepEqual([...h.entries()].map(([n]) => n), ["via", "via", "from", "x-a"]);
  });

  it("set replaces every line of a name in place; append/prepend/delete", () => {
    const h = new Headers([
      ["x-a", "1"],
      ["x-b", "2"],
      ["x-a", "3"],
    ]);
    h.set("X-A", "x");
    assert.deepEqual([...h.entries()], [["x-a", "x"], ["x-b", "2"]]);
    h.set("x-c", "y");
    h.prepend("via", "top");
    h.append("v", "bottom");
    assert.deepEqual([...h.entries()].map(([n, v]) => `${n}=${v}`), ["via=top", "x-a=x", "x-b=2", "x-c=y", "via=bottom"]);
    h.delete("Via");
    assert.equal(h.has("via"), false);
    assert.equal(h.size, 3);
  });

  it("bumps its revision on every change", () => {
    const h = new Headers();
    const r0 = h.revision;
    h.append("a", "1");
    h.set("a", "2");
    h.delete("a");
    assert.equal(h.revision, r0 + 3);
  });

  it("list splits on commas outside quotes and angle brackets, across lines", () => {
    const h = new Headers([
      ["Contact", '"Doe, John" <sip:j@x;a=1,2>;q=0.5, <sip:k@y>'],
      ["m", "sip:z@w"],
      ["Allow", "INVITE,  ACK ,BYE"],
    ]);
    assert.deepEqual(h.list("contact"), ['"Doe, John" <sip:j@x;a=1,2>;q=0.5', "<sip:k@y>", "sip:z@w"]);
    assert.deepEqual(h.list("allow"), ["INVITE", "ACK", "BYE"]);
    assert.deepEqual(h.list("supported"), []);
    assert.deepEqual(splitList('a, "b\\",c", d'), ["a", '"b\\",c"', "d"]);
  });

  it("clone is independent", () => {
    const a = new Headers([["x", "1"]]);
    const b = a.clone();
    b.append("y", "2");
    assert.equal(a.size, 1);
    assert.equal(b.size, 2);
  });
});
