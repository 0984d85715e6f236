import type { AggregationInput } from "../types.js";

export const PIDF_NS = "urn:ietf:params:xml:ns:pidf";
export const DM_NS = "urn:ietf:params:xml:ns:pidf:data-model";
export const RPID_NS = "urn:ietf:params:xml:ns:pidf:rpid";
export const LT_NS = "urn:ietf:params:xml:ns:location-type";

/** RFC 3863 3.4-style minimal document. */
export const SIMPLE_PIDF = `<?xml version="1.0" encoding="UTF-8"?>
<presence xmlns="urn:ietf:params:xml:ns:pidf" entity="pres:someone@example.com">
  <tuple id="sg89ae">
    <status><basic>open</basic></status>
    <contact priority="0.8">tel:+09012345678</contact>
  </tuple>
</presence>`;

/** The RFC 4480 section 4 example (tuples, note, device and person with RPID elements). */
export const RFC4480_EXAMPLE = `<?xml version="1.0" encoding="UTF-8"?>
<presence xmlns="urn:ietf:params:xml:ns:pidf"
     xmlns:dm="urn:ietf:params:xml:ns:pidf:data-model"
     xmlns:lt="urn:ietf:params:xml:ns:location-type"
     xmlns:rpid="urn:ietf:params:xml:ns:pidf:rpid"
     entity="pres:someone@example.com">
  <tuple id="bs35r9">
    <status><basic>open</basic></status>
    <dm:deviceID>urn:device:0003ba4811e3</dm:deviceID>
    <rpid:relationship><rpid:self/></rpid:relationship>
    <rpid:service-class><rpid:electronic/></rpid:service-class>
    <contact priority="0.8">im:someone@mobile.example.net</contact>
    <note xml:lang="en">Don't Disturb Please!</note>
    <note xml:lang="fr">Ne derangez pas, s'il vous plait</note>
    <timestamp>2005-10-27T16:49:29Z</timestamp>
  </tuple>
  <tuple id="ty4658">
    <status><basic>open</basic></status>
    <rpid:relationship><rpid:assistant/></rpid:relationship>
    <contact priority="1.0">mailto:secretary@example.com</contact>
  </tuple>
  <tuple id="eg92n8">
    <status><basic>open</basic></status>
    <dm:deviceID>urn:x-mac:0003ba4811e3</dm:deviceID>
    <rpid:class>email</rpid:class>
    <rpid:service-class><rpid:electronic/></rpid:service-class>
    <rpid:status-icon>http://example.com/mail.png</rpid:status-icon>
    <contact priority="1.0">mailto:someone@example.com</contact>
  </tuple>
  <note>I'll be in Tokyo next week</note>
  <dm:device id="pc147">
    <rpid:user-input idle-threshold="600" last-input="2004-10-21T13:20:00-05:00">idle</rpid:user-input>
    <dm:deviceID>urn:device:0003ba4811e3</dm:deviceID>
    <dm:note>PC</dm:note>
  </dm:device>
  <dm:person id="p1">
    <rpid:activities from="2005-05-30T12:00:00+05:00" until="2005-05-30T17:00:00+05:00">
      <rpid:note>Far away</rpid:note>
      <rpid:away/>
    </rpid:activities>
    <rpid:class>calendar</rpid:class>
    <rpid:mood><rpid:angry/><rpid:other>brooding</rpid:other></rpid:mood>
    <rpid:place-is><rpid:audio><rpid:noisy/></rpid:audio></rpid:place-is>
    <rpid:place-type><lt:residence/></rpid:place-type>
    <rpid:privacy><rpid:unknown/></rpid:privacy>
    <rpid:sphere>bowling league</rpid:sphere>
    <rpid:status-icon>http://example.com/play.gif</rpid:status-icon>
    <rpid:time-offset>-240</rpid:time-offset>
    <dm:note>Scoring 120</dm:note>
    <dm:timestamp>2005-05-30T16:09:44+05:00</dm:timestamp>
  </dm:person>
</presence>`;

/** A desk phone: on the phone. Person and device in the data model, RPID activities. */
export const PHONE_PUB = `<?xml version="1.0" encoding="UTF-8"?>
<presence xmlns="urn:ietf:params:xml:ns:pidf" xmlns:dm="urn:ietf:params:xml:ns:pidf:data-model"
    xmlns:rpid="urn:ietf:params:xml:ns:pidf:rpid" entity="sip:alice@example.com">
  <tuple id="t-phone"><status><basic>open</basic></status><contact>sip:alice@192.0.2.1</contact></tuple>
  <note>At the desk</note>
  <dm:person id="p-phone"><rpid:activities><rpid:on-the-phone/></rpid:activities></dm:person>
  <dm:device id="d-phone"><dm:deviceID>urn:uuid:phone</dm:deviceID></dm:device>
</presence>`;

/** A PC client that spells the RPID prefix "r" and declares namespaces on the elements. */
export const PC_PUB = `<presence xmlns="urn:ietf:params:xml:ns:pidf" entity="pres:alice@example.com">
  <tuple id="t-pc"><status><basic>closed</basic></status><note xml:lang="en">Away from the PC</note></tuple>
  <note>At the desk</note>
  <dm:person xmlns:dm="urn:ietf:params:xml:ns:pidf:data-model" xmlns:r="urn:ietf:params:xml:ns:pidf:rpid" id="p-pc">
    <r:mood><r:happy/></r:mood>
    <r:place-type xmlns:lt="urn:ietf:params:xml:ns:location-type"><lt:residence/></r:place-type>
  </dm:person>
</presence>`;

/** A mobile client using a prefixed PIDF namespace. */
export const MOBILE_PUB = `<?xml version="1.0" encoding="UTF-8"?>
<impp:presence xmlns:impp="urn:ietf:params:xml:ns:pidf" entity="sip:alice@example.com">
  <impp:tuple id="t-mobile">
    <impp:status><impp:basic>open</impp:basic></impp:status>
    <impp:contact priority="0.5">sip:alice@mobile.example.net</impp:contact>
  </impp:tuple>
  <impp:note xml:lang="en">On the road</impp:note>
</impp:presence>`;

export function pub(etag: string, body: string, receivedAt: number, priority = 0, contentType = "application/pidf+xml"): AggregationInput {
  return { etag, body: Buffer.from(body), contentType, receivedAt, priority, sender: null };
}
