import { Parser, LoggerFactory } from "sip.js/lib/core/index.js";
import { Grammar } from "sip.js/lib/grammar/index.js";
const L = new LoggerFactory().getLogger("x");
const msg = "NOTIFY sip:bob@[2001:db8::5]:5070;transport=udp SIP/2.0\r\nVia: SIP/2.0/UDP [2001:db8::1]:5060;branch=z9hG4bKabc;rport=5061;received=1.2.3.4\r\nv: SIP/2.0/TCP h2, SIP/2.0/UDP h3\r\nf: Bob  Smith <sip:Alice@A.com:5062;user=phone>;tag=123\r\nt: \"x\\\\y\" <sip:bob@example.com>;tag=xyz\r\ni: cid1\r\nCSeq: 5 NOTIFY\r\no: presence;id=7;foo\r\nExpires: 3600\r\nm: <sip:alice@1.2.3.4:5060;transport=tcp;ob>;expires=60;+sip.instance=\"<urn:x>\";Q=0.5, sip:b@c;expires=5\r\nContact: <sip:d@e>\r\nl: 0\r\n\r\n";
const m = Parser.parseMessage(msg, L);
console.log(m.ruri.user, m.ruri.host, m.ruri.port, m.via, m.from.displayName, m.from.uri.user, m.from.uri.host, m.from.uri.port, m.to.displayName);
console.log(m.getHeader("o"), Grammar.parse(m.getHeader("o"), "Event"));
console.log(m.getHeaders("contact"));
for (let i = 0; i < m.getHeaders("contact").length; i++) { const c = m.parseHeader("contact", i); console.log(c.uri.user, c.uri.host, c.uri.port, c.uri.parameters, c.parameters); }
const r = Parser.parseMessage("SIP/2.0 202 Accepted\r\nVia: SIP/2.0/UDP h;branch=z9hG4bK1;rport\r\nFrom: <sip:a@b>;tag=1\r\nTo: <sip:c@d>;tag=2\r\nCall-ID: q\r\nCSeq: 9 SUBSCRIBE\r\nExpires: 60\r\nContent-Length: 0\r\n\r\n", L);
console.log(r.statusCode, r.reasonPhrase, r.method, r.cseq, r.via);
