import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createElement, parseXml, serializeDocument, serializeElement, XmlError, type XmlElement, type XmlNode } from "./mod.js";
import { canonical } from "./test-canonical.js";

/** mulberry32: a small seeded generator so a failing case can be replayed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEEDS = [
  `<?xml version="1.0" encoding="UTF-8"?>
<presence xmlns="urn:ietf:params:xml:ns:pidf" xmlns:dm="urn:ietf:params:xml:ns:pidf:data-model" xmlns:rpid="urn:ietf:params:xml:ns:pidf:rpid" entity="sip:alice@example.com">
  <tuple id="t1"><status><basic>open</basic></status><contact priority="0.8">sip:alice@host</contact><note xml:lang="en">On the phone &amp; busy</note><timestamp>2024-01-01T10:00:00Z</timestamp></tuple>
  <dm:person id="p1"><rpid:activities><rpid:on-the-phone/></rpid:activities><rpid:mood><rpid:happy/></rpid:mood><dm:note>Talking</dm:note></dm:person>
  <dm:device id="d1"><dm:deviceID>urn:device:1</dm:deviceID></dm:device>
</presence>`,
  `<r a='1' b="&lt;&#x41;&#66;"><!-- c --><?pi data?><![CDATA[<x>]]>text<e xmlns="urn:e"><f/></e></r>`,
  `<p:root xmlns:p="urn:p" xmlns:q="urn:q" p:a="1" q:a="2"><q:child xmlns="urn:d"><g xml:lang="fr">é日本</g></q:child></p:root>`,
];

const TOKENS = [
  "<", ">", "</", "/>", "a", "b", "p:", "xmlns", "xmlns:p", "=", '"', "'", "&", ";", "&amp;", "&#", "&#x", "41", "<!--", "-->",
  "<![CDATA[", "]]>", "<?", "?>", "<!DOCTYPE r [", "<!ENTITY e 'x'>", "]>", " ", "\n", "\r\n", "\t", "é", "\u0000", "\uD800", "\uFFFE",
  "xml", ":", "urn:x", "<a>", "</a>", "<p:a xmlns:p='urn:p'>", "</p:a>", "&e;", "&#0;", "&#x10FFFF;",
];

type Outcome = "accepted" | "rejected";

// XML_FUZZ_SEED replays or varies a run; XML_FUZZ_SCALE multiplies the iteration counts for long runs.
const SEED = Number(process.env.XML_FUZZ_SEED ?? 0) >>> 0;
const SCALE = Math.max(1, Number(process.env.XML_FUZZ_SCALE ?? 1));
const times = (n: number): number => Math.round(n * SCALE);

/** The fuzz property: XmlError or a tree that serializes to text that parses back to the same tree. */
function check(input: string | Buffer): Outcome {
  let doc;
  try {
    doc = parseXml(input);
  } catch (err) {
    if (!(err instanceof XmlError)) assert.fail(`non-XmlError thrown for ${JSON.stringify(String(input).slice(0, 200))}: ${String(err)}`);
    assert.ok(err.line >= 1 && err.column >= 1 && err.reason.length > 0);
    return "rejected";
  }
  const text = serializeDocument(doc);
  const again = parseXml(text);
  assert.deepEqual(canonical(again.root), canonical(doc.root), `round trip differs for ${JSON.stringify(String(input).slice(0, 200))}`);
  // Every element of the tree also survives being cut out on its own.
  const elements: XmlElement[] = [];
  const walk = (el: XmlElement): void => {
    elements.push(el);
    for (const c of el.children) if (c.type === "element") walk(c);
  };
  walk(doc.root);
  for (const el of elements.slice(0, 6)) assert.deepEqual(canonical(parseXml(serializeElement(el)).root), canonical(el));
  return "accepted";
}

function mutate(r: () => number, s: string): string {
  const pick = (n: number): number => Math.floor(r() * n);
  let out = s;
  const ops = 1 + pick(4);
  for (let k = 0; k < ops; k++) {
    const i = pick(out.length + 1);
    switch (pick(6)) {
      case 0: // delete a range
        out = out.slice(0, i) + out.slice(Math.min(out.length, i + 1 + pick(8)));
        break;
      case 1: // insert a token
        out = out.slice(0, i) + TOKENS[pick(TOKENS.length)] + out.slice(i);
        break;
      case 2: // duplicate a range
        out = out.slice(0, i) + out.slice(i, i + pick(40)) + out.slice(i);
        break;
      case 3: // replace one character
        out = out.slice(0, i) + String.fromCharCode(pick(0x80)) + out.slice(i + 1);
        break;
      case 4: // truncate
        out = out.slice(0, i);
        break;
      default: {
        // swap two ranges
        const j = pick(out.length + 1);
        const [a, b] = i < j ? [i, j] : [j, i];
        out = out.slice(b) + out.slice(a, b) + out.slice(0, a);
      }
    }
  }
  return out;
}

describe("fuzz: parseXml never throws anything but XmlError", () => {
  it("mutated valid documents", () => {
    const r = rng(0x5eed1 ^ SEED);
    const seen = { accepted: 0, rejected: 0 };
    for (let n = 0; n < times(6000); n++) seen[check(mutate(r, SEEDS[n % SEEDS.length]))]++;
    // Both sides of the property were exercised.
    assert.ok(seen.accepted > 100 * SCALE && seen.rejected > 1000 * SCALE, JSON.stringify(seen));
  });

  it("mutated bytes (invalid UTF-8 included)", () => {
    const r = rng(0x5eed2 ^ SEED);
    for (let n = 0; n < times(3000); n++) {
      const b = Buffer.from(SEEDS[n % SEEDS.length]);
      for (let k = 0; k < 1 + Math.floor(r() * 4); k++) b[Math.floor(r() * b.length)] = Math.floor(r() * 256);
      check(b);
    }
  });

  it("random token soup and random bytes", () => {
    const r = rng(0x5eed3 ^ SEED);
    for (let n = 0; n < times(4000); n++) {
      let s = "";
      const len = Math.floor(r() * 30);
      for (let k = 0; k < len; k++) s += TOKENS[Math.floor(r() * TOKENS.length)];
      check(s);
    }
    for (let n = 0; n < times(2000); n++) {
      check(Buffer.from(Array.from({ length: Math.floor(r() * 200) }, () => Math.floor(r() * 256))));
    }
  });
});

describe("fuzz: built trees serialize to XML that parses back to the same tree", () => {
  const NS = [null, "urn:a", "urn:b", "urn:ietf:params:xml:ns:pidf"];
  const PREFIXES = ["", "p", "q", "dm"];
  const CHARS = ["a", "b", " ", "&", "<", ">", '"', "'", "\t", "\n", "\r", "]]>", "é", "\u{1F600}", "--", "?>"];

  function text(r: () => number, noDashes = false): string {
    let s = "";
    const len = 1 + Math.floor(r() * 8);
    for (let k = 0; k < len; k++) s += CHARS[Math.floor(r() * CHARS.length)];
    return noDashes ? s.replace(/-/g, "_").replace(/\r/g, "") : s;
  }

  function tree(r: () => number, depth: number): XmlElement {
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
    const ns = pick(NS);
    const attrs: Array<{ localName: string; value: string; namespace: string | null; prefix: string }> = [];
    const used = new Set<string>();
    for (let k = Math.floor(r() * 4); k > 0; k--) {
      const a = { localName: pick(["id", "x", "lang"]), value: text(r), namespace: pick(NS), prefix: pick(PREFIXES) };
      const key = `${a.namespace}|${a.localName}`;
      if (used.has(key)) continue;
      used.add(key);
      attrs.push(a);
    }
    const children: XmlNode[] = [];
    if (depth < 5) {
      for (let k = Math.floor(r() * 4); k > 0; k--) {
        const kind = Math.floor(r() * 5);
        if (kind < 2) children.push(tree(r, depth + 1));
        else if (kind === 2) children.push({ type: "text", value: text(r) });
        else if (kind === 3) children.push({ type: "cdata", value: text(r) });
        else children.push({ type: "comment", value: text(r, true) });
      }
    }
    return createElement(ns, pick(["e", "tuple", "person"]), { prefix: pick(PREFIXES), attributes: attrs, children });
  }

  it("random namespaced trees, standalone and inside a foreign scope", () => {
    const r = rng(0x5eed4 ^ SEED);
    for (let n = 0; n < times(1500); n++) {
      const el = tree(r, 0);
      const alone = serializeElement(el);
      let back: XmlElement;
      try {
        back = parseXml(alone).root;
      } catch (err) {
        assert.fail(`serializer wrote XML that does not parse: ${alone}\n${String(err)}`);
      }
      assert.deepEqual(canonical(back), canonical(el), alone);
      const inner = serializeElement(el, { inScope: { "": "urn:b", p: "urn:other", q: "urn:a" } });
      const wrapped = parseXml(`<w xmlns="urn:b" xmlns:p="urn:other" xmlns:q="urn:a">${inner}</w>`).root;
      assert.deepEqual(canonical(wrapped.children[0] as XmlElement), canonical(el), inner);
    }
  });
});
