import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { childElements, getAttribute, parseXml, textContent, tryParseXml, XML_NS, XmlError, type XmlElement, type XmlErrorCode } from "./mod.js";

const PIDF = "urn:ietf:params:xml:ns:pidf";
const DM = "urn:ietf:params:xml:ns:pidf:data-model";
const RPID = "urn:ietf:params:xml:ns:pidf:rpid";

function rejects(input: string | Buffer, code: XmlErrorCode, reason: RegExp, options?: Parameters<typeof parseXml>[1]): XmlError {
  try {
    parseXml(input, options);
  } catch (err) {
    assert.ok(err instanceof XmlError, `expected XmlError, got ${String(err)}`);
    assert.equal(err.code, code, err.message);
    assert.match(err.reason, reason);
    return err;
  }
  assert.fail(`accepted: ${String(input).slice(0, 80)}`);
}

describe("parseXml: structure", () => {
  it("builds elements, attributes, text, CDATA, comments and PIs", () => {
    const doc = parseXml(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!-- before --><?app x?>\n<r a="1" b='two'>t1<![CDATA[<raw> & ]]><!-- c --><?pi data here?><e/>t2</r>\n<!-- after -->`,
    );
    assert.deepEqual(doc.declaration, { version: "1.0", encoding: "UTF-8", standalone: true });
    assert.deepEqual(
      doc.children.map((n) => n.type),
      ["comment", "pi", "element", "comment"],
    );
    const r = doc.root;
    assert.equal(r.name, "r");
    assert.equal(r.namespace, null);
    assert.deepEqual(
      r.attributes.map((a) => [a.name, a.value]),
      [
        ["a", "1"],
        ["b", "two"],
      ],
    );
    assert.deepEqual(r.children, [
      { type: "text", value: "t1" },
      { type: "cdata", value: "<raw> & " },
      { type: "comment", value: " c " },
      { type: "pi", target: "pi", data: "data here" },
      { type: "element", name: "e", prefix: "", localName: "e", namespace: null, attributes: [], namespaces: [], children: [] },
      { type: "text", value: "t2" },
    ]);
  });

  it("decodes the predefined entities and character references", () => {
    const doc = parseXml(`<r v="&lt;&gt;&amp;&apos;&quot;&#65;&#x42;&#x1F600;">&lt;&gt;&amp;&apos;&quot;&#10;&#x263A;</r>`);
    assert.equal(getAttribute(doc.root, "v"), `<>&'"AB\u{1F600}`);
    assert.equal(textContent(doc.root), `<>&'"\n\u263A`);
  });

  it("normalizes line ends in text and whitespace in attribute values", () => {
    const doc = parseXml(`<r a="x\r\ny\tz&#10;&#9;">l1\r\nl2\rl3</r>`);
    assert.equal(getAttribute(doc.root, "a"), "x y z\n\t");
    assert.equal(textContent(doc.root), "l1\nl2\nl3");
  });

  it("accepts a UTF-8 byte order mark, multi-byte names and text", () => {
    const doc = parseXml(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`<prés:élan xmlns:prés="urn:x" attr="ü">日本</prés:élan>`)]));
    assert.equal(doc.root.localName, "élan");
    assert.equal(doc.root.prefix, "prés");
    assert.equal(doc.root.namespace, "urn:x");
    assert.equal(textContent(doc.root), "日本");
  });

  it("keeps whitespace-only text inside elements", () => {
    const doc = parseXml("<r>\n  <a/>\n</r>");
    assert.deepEqual(
      doc.root.children.map((c) => c.type),
      ["text", "element", "text"],
    );
  });
});

describe("parseXml: namespaces", () => {
  it("resolves default and prefixed namespaces for elements and attributes", () => {
    const doc = parseXml(
      `<presence xmlns="${PIDF}" xmlns:dm="${DM}" xmlns:r="${RPID}" entity="pres:a@x"><tuple id="t"><note xml:lang="en">n</note></tuple><dm:person id="p"><r:activities r:x="1"/></dm:person></presence>`,
    );
    const root = doc.root;
    assert.equal(root.namespace, PIDF);
    assert.deepEqual(root.namespaces, [
      { prefix: "", uri: PIDF },
      { prefix: "dm", uri: DM },
      { prefix: "r", uri: RPID },
    ]);
    assert.equal(getAttribute(root, "entity"), "pres:a@x");
    assert.equal(root.attributes.length, 1, "namespace declarations are not attributes");
    const [tuple, person] = childElements(root);
    assert.equal(tuple.namespace, PIDF);
    const note = tuple.children[0] as XmlElement;
    assert.equal(getAttribute(note, "lang", XML_NS), "en");
    assert.equal(person.namespace, DM);
    assert.equal(person.localName, "person");
    const act = person.children[0] as XmlElement;
    assert.equal(act.namespace, RPID);
    assert.equal(act.attributes[0].namespace, RPID);
    assert.equal(getAttribute(person, "id"), "p");
  });

  it("scopes declarations to the element and its descendants, and xmlns='' undeclares", () => {
    const doc = parseXml(`<a xmlns="urn:1"><b xmlns="urn:2"><c/></b><d xmlns=""><e/></d><f/></a>`);
    const [b, d, f] = childElements(doc.root);
    assert.equal(b.namespace, "urn:2");
    assert.equal((b.children[0] as XmlElement).namespace, "urn:2");
    assert.equal(d.namespace, null);
    assert.equal((d.children[0] as XmlElement).namespace, null);
    assert.equal(f.namespace, "urn:1");
  });

  it("rejects unbound prefixes on elements and attributes", () => {
    rejects("<p:a/>", "namespace", /unbound namespace prefix 'p'/);
    rejects(`<a q:b="1"/>`, "namespace", /unbound namespace prefix 'q' on attribute/);
    // Declared on a sibling only: not in scope.
    rejects(`<a><b xmlns:p="urn:p"/><p:c/></a>`, "namespace", /unbound namespace prefix 'p'/);
  });

  it("rejects duplicate expanded attribute names and reserved bindings", () => {
    rejects(`<a xmlns:p="urn:x" xmlns:q="urn:x" p:b="1" q:b="2"/>`, "namespace", /same expanded name/);
    rejects(`<a xmlns:xmlns="urn:x"/>`, "namespace", /'xmlns' cannot be declared/);
    rejects(`<a xmlns:xml="urn:x"/>`, "namespace", /prefix 'xml' can only be bound/);
    rejects(`<a xmlns:p="${XML_NS}"/>`, "namespace", /cannot be bound to the prefix 'p'/);
    rejects(`<a xmlns:p=""/>`, "namespace", /cannot be undeclared/);
    rejects(`<a:b:c xmlns:a="urn:a"/>`, "namespace", /invalid element name/);
    rejects(`<xmlns:a/>`, "namespace", /reserved prefix 'xmlns'/);
  });
});

describe("parseXml: refused constructs (safety)", () => {
  it("rejects any DOCTYPE, so the billion laughs and external entities never expand", () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><lolz>&lol2;</lolz>`;
    rejects(laughs, "doctype", /DOCTYPE/);
    rejects(`<!DOCTYPE r SYSTEM "file:///etc/passwd"><r>&xxe;</r>`, "doctype", /DOCTYPE/);
    rejects(`<r><!ENTITY x "y"></r>`, "doctype", /markup declarations/);
  });

  it("rejects undefined entities and malformed references", () => {
    rejects("<r>&nbsp;</r>", "doctype", /undefined entity '&nbsp;'/);
    rejects("<r>a & b</r>", "syntax", /'&' must start/);
    rejects("<r>&#0;</r>", "syntax", /not a legal XML character/);
    rejects("<r>&#xD800;</r>", "syntax", /not a legal XML character/);
    rejects("<r>&#x110000;</r>", "syntax", /not a legal XML character/);
    rejects("<r>&#xZZ;</r>", "syntax", /malformed character reference/);
    rejects("<r a='&bogus;'/>", "doctype", /undefined entity/);
  });

  it("rejects characters XML does not allow", () => {
    rejects("<r>\u0001</r>", "syntax", /U\+0001 is not allowed/);
    rejects("<r>\uFFFF</r>", "syntax", /U\+FFFF/);
    rejects("<r>\uD800</r>", "syntax", /U\+D800/);
  });

  it("rejects invalid UTF-8 and UTF-16 input with the byte position", () => {
    const e = rejects(Buffer.from([0x3c, 0x72, 0x3e, 0x0a, 0x41, 0xc3, 0x28, 0x3c, 0x2f, 0x72, 0x3e]), "encoding", /invalid UTF-8/);
    assert.equal(e.line, 2);
    assert.equal(e.column, 2);
    rejects(Buffer.from([0xff, 0xfe, 0x3c, 0x00]), "encoding", /UTF-16/);
    rejects(`<?xml version="1.0" encoding="ISO-8859-1"?><r/>`, "encoding", /unsupported encoding 'ISO-8859-1'/);
  });

  it("enforces the size, depth, attribute and element limits", () => {
    rejects(`<r>${"x".repeat(70000)}</r>`, "limit", /larger than 65536 bytes/);
    rejects(Buffer.from(`<r>${"x".repeat(100)}</r>`), "limit", /larger than 50 bytes/, { maxBytes: 50 });
    // Multi-byte characters count as bytes, not UTF-16 units.
    rejects(`<r>${"é".repeat(30)}</r>`, "limit", /larger than 50 bytes/, { maxBytes: 50 });
    rejects("<a>".repeat(65) + "</a>".repeat(65), "limit", /deeper than 64/);
    assert.doesNotThrow(() => parseXml("<a>".repeat(64) + "</a>".repeat(64)));
    rejects("<a>".repeat(5) + "</a>".repeat(5), "limit", /deeper than 4/, { maxDepth: 4 });
    const attrs = Array.from({ length: 65 }, (_, i) => `a${i}="1"`).join(" ");
    rejects(`<r ${attrs}/>`, "limit", /more than 64 attributes/);
    rejects(`<r>${"<e/>".repeat(11)}</r>`, "limit", /more than 10 elements/, { maxElements: 10 });
  });

  it("does not overflow the stack on very deep input", () => {
    rejects("<a>".repeat(200000), "limit", /deeper than/, { maxBytes: 1 << 20 });
    rejects("<a>".repeat(200000), "syntax", /not closed/, { maxBytes: 1 << 20, maxDepth: 1e6, maxElements: 1e6 });
  });
});

describe("parseXml: well-formedness errors say why and where", () => {
  const cases: Array<[string, RegExp, number, number]> = [
    ["<a>\n  <b>\n</a>", /mismatched end tag: expected <\/b>, found <\/a>/, 3, 1],
    ["<a/>\n<b/>", /more than one root element/, 2, 1],
    ["", /no root element/, 1, 1],
    ["   \n", /no root element/, 2, 1],
    ["hello<a/>", /text before the root element/, 1, 1],
    ["<a/>junk", /text after the root element/, 1, 5],
    ['<a b="1"c="2"/>', /unexpected 'c' in start tag/, 1, 9],
    ["<a b=1/>", /must be quoted/, 1, 6],
    ['<a b="1" b="2"/>', /duplicate attribute 'b'/, 1, 10],
    ['<a b="x<y"/>', /'<' is not allowed in the value/, 1, 8],
    ["<a><!-- x -- y --></a>", /'--' is not allowed inside a comment/, 1, 11],
    ["<a><!-- x", /unterminated comment/, 1, 4],
    ["<a><![CDATA[x</a>", /unterminated CDATA/, 1, 4],
    ["<a>]]></a>", /']]>' is not allowed/, 1, 4],
    ["<a><?xml version='1.0'?></a>", /only allowed at the very start/, 1, 4],
    [" <?xml version='1.0'?><a/>", /only allowed at the very start/, 1, 2],
    ["<?xml version='2.0'?><a/>", /malformed XML declaration/, 1, 1],
    ["<![CDATA[x]]><a/>", /CDATA section outside the root element/, 1, 1],
    ["<1a/>", /invalid element name '1a'/, 1, 2],
    ["<a", /unexpected end of input in start tag <a>/, 1, 3],
    ["<a></a", /expected '>' to close <\/a>/, 1, 7],
    ["<a>text", /<a> is not closed/, 1, 8],
    ["<a><b></b>", /<a> is not closed/, 1, 11],
  ];
  for (const [input, reason, line, column] of cases) {
    it(`${JSON.stringify(input)} -> ${reason.source}`, () => {
      const r = tryParseXml(input);
      assert.equal(r.ok, false);
      if (r.ok) return;
      assert.ok(r.error instanceof XmlError);
      assert.match(r.error.reason, reason);
      assert.deepEqual([r.error.line, r.error.column], [line, column], r.error.message);
      assert.match(r.error.message, new RegExp(`line ${line}, column ${column}$`));
    });
  }
});

describe("parseXml: the fast paths agree with the general rules", () => {
  const texts = (input: string): string[] => parseXml(input).root.children.flatMap((c) => (c.type === "text" ? [c.value] : []));

  it("keeps every kind of whitespace run between tags, CR normalized", () => {
    const long = "\n" + " ".repeat(40);
    assert.deepEqual(texts(`<r>\n  <a/>\t \n<a/>${long}<a/>\r\n  <a/> <a/>\n</r>`), ["\n  ", "\t \n", long, "\n  ", " ", "\n"]);
  });

  it("compares end tags with the open element's name in full", () => {
    assert.equal(parseXml(`<p:a xmlns:p="urn:p"><p:b></p:b ></p:a>`).root.localName, "a");
    assert.equal(parseXml(`<é><b/></é>`).root.name, "é");
    rejects("<ab></a>", "syntax", /expected <\/ab>, found <\/a>/);
    rejects("<a></ab>", "syntax", /expected <\/a>, found <\/ab>/);
    rejects("<a></a:b>", "syntax", /expected <\/a>, found <\/a:b>/);
    rejects("<a></aé>", "syntax", /expected <\/a>, found <\/aé>/);
    rejects("<a></a", "syntax", /expected '>' to close <\/a>/);
  });

  it("reads the usual XML declaration and its variants the same way", () => {
    assert.deepEqual(parseXml(`<?xml version="1.0" encoding="UTF-8"?><r/>`).declaration, { version: "1.0", encoding: "UTF-8", standalone: null });
    assert.deepEqual(parseXml(`<?xml version='1.0' encoding='utf-8'?><r/>`).declaration, { version: "1.0", encoding: "utf-8", standalone: null });
    assert.deepEqual(parseXml(`<?xml version="1.0" encoding="UTF-8" standalone="no"?><r/>`).declaration, {
      version: "1.0",
      encoding: "UTF-8",
      standalone: false,
    });
    assert.deepEqual(parseXml(`<?xml\tversion="1.1"?><r/>`).declaration, { version: "1.1", encoding: null, standalone: null });
  });

  it("normalizes and decodes attribute values wherever the references and white space are", () => {
    const root = parseXml(`<r a="x\ny" b="&amp;\t&lt;" c="plain" d="&#x41;\r\nz" e='"'/>`).root;
    assert.deepEqual(
      root.attributes.map((a) => a.value),
      ["x y", "& <", "plain", "A z", '"'],
    );
    rejects(`<r a="&amp;" b="x<y"/>`, "syntax", /'<' is not allowed in the value of attribute 'b'/);
  });

  it("finds ']]>' in text after a CDATA section has used it", () => {
    const e = rejects("<r><![CDATA[x]]>y]]></r>", "syntax", /']]>' is not allowed/);
    assert.equal(e.column, 18);
  });
});
