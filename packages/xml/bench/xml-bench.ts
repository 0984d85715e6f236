// Parse/serialize timings for a PIDF document of about 1 KB.
// Run from the repository root: node --conditions=development --import tsx packages/xml/bench/xml-bench.ts
import { parseXml, serializeDocument, serializeElement } from "../src/mod.js";

const PIDF_1K = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>
<presence xmlns="urn:ietf:params:xml:ns:pidf"
    xmlns:dm="urn:ietf:params:xml:ns:pidf:data-model"
    xmlns:rpid="urn:ietf:params:xml:ns:pidf:rpid"
    xmlns:c="urn:ietf:params:xml:ns:pidf:cipid"
    entity="sip:alice@example.com">
  <tuple id="a8098a.9b2e">
    <status><basic>open</basic></status>
    <dm:deviceID>urn:uuid:0f4b8a42-5d6e-4c1b-9a57-8f1f1c9e2d11</dm:deviceID>
    <rpid:relationship><rpid:self/></rpid:relationship>
    <contact priority="0.8">sip:alice@192.0.2.10:5060;transport=tcp</contact>
    <note xml:lang="en">Available &amp; at the desk</note>
    <timestamp>2024-05-01T09:30:47Z</timestamp>
  </tuple>
  <dm:person id="p7f3a">
    <rpid:activities><rpid:on-the-phone/></rpid:activities>
    <rpid:mood><rpid:happy/></rpid:mood>
    <rpid:place-type><rpid:other>office</rpid:other></rpid:place-type>
    <rpid:sphere>work</rpid:sphere>
    <c:homepage>https://example.com/~alice</c:homepage>
    <dm:note>In a call until 10:00</dm:note>
    <dm:timestamp>2024-05-01T09:30:47Z</dm:timestamp>
  </dm:person>
  <dm:device id="pc-1">
    <rpid:user-input idle-threshold="600">active</rpid:user-input>
    <dm:deviceID>urn:uuid:0f4b8a42-5d6e-4c1b-9a57-8f1f1c9e2d11</dm:deviceID>
  </dm:device>
</presence>
`);

function bench(label: string, iterations: number, fn: () => unknown): number {
  for (let i = 0; i < Math.min(20000, iterations); i++) fn();
  const runs: number[] = [];
  for (let r = 0; r < 5; r++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) fn();
    runs.push(Number(process.hrtime.bigint() - t0) / 1000 / iterations);
  }
  runs.sort((a, b) => a - b);
  const median = runs[2];
  console.log(`${label.padEnd(34)} median ${median.toFixed(2)} us/op  (runs ${runs.map((x) => x.toFixed(2)).join(" / ")})`);
  return median;
}

console.log(`document: ${PIDF_1K.length} bytes`);
const parseUs = bench("parseXml (Buffer)", 50000, () => parseXml(PIDF_1K));
const text = PIDF_1K.toString("utf8");
bench("parseXml (string)", 50000, () => parseXml(text));
const doc = parseXml(PIDF_1K);
bench("serializeDocument", 50000, () => serializeDocument(doc));
const person = doc.root.children.find((c) => c.type === "element" && c.localName === "person");
if (person?.type === "element") bench("serializeElement (dm:person)", 50000, () => serializeElement(person));
console.log(parseUs < 50 ? `OK: 1 KB PIDF parses in ${parseUs.toFixed(1)} us (< 50 us)` : `SLOW: ${parseUs.toFixed(1)} us >= 50 us`);
