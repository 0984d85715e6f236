/**
 * Differential test: over a generated corpus of presence requests and responses our parser must
 * read the same values as sip.js's parser (used only as an oracle here; it is far too slow to use
 * in the server). A few hundred messages keep this under a few seconds.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { LoggerFactory, Parser, type IncomingRequestMessage, type IncomingResponseMessage } from "sip.js/lib/core/index.js";
import { Grammar } from "sip.js/lib/grammar/index.js";
import type { SipMessageAny } from "./message.js";
import { parseMessage } from "./parser.js";
import { parseUri } from "./uri.js";

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

class Gen {
  constructor(private r: () => number) {}
  int(n: number): number {
    return Math.floor(this.r() * n);
  }
  chance(p: number): boolean {
    return this.r() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }
  word(min = 3, max = 10, alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"): string {
    let s = "";
    for (let i = 0, n = min + this.int(max - min + 1); i < n; i++) s += alphabet[this.int(alphabet.length)];
    return s;
  }
  token(): string {
    return this.word(4, 12, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.!%*_+`'~");
  }
  host(): string {
    const k = this.int(4);
    if (k === 0) return `192.0.2.${this.int(255)}`;
    if (k === 1) return `[2001:db8::${this.int(0xffff).toString(16)}]`;
    return `${this.word(2, 8, "abcdefghijklmnopqrstuvwxyz")}.${this.pick(["example.com", "example.net", "Example.ORG", "sip.test"])}`;
  }
  hostport(): string {
    return this.host() + (this.chance(0.5) ? `:${1024 + this.int(60000)}` : "");
  }
  user(): string {
    return this.pick([this.word(), `+1555${this.int(10_000_000)}`, `${this.word()}.${this.word(1, 5)}`, `a%40${this.word()}`]);
  }
  uriParams(): string {
    let s = "";
    if (this.chance(0.3)) s += `;transport=${this.pick(["udp", "tcp", "tls", "ws"])}`;
    if (this.chance(0.2)) s += ";lr";
    if (this.chance(0.2)) s += ";ob";
    if (this.chance(0.1)) s += ";user=phone";
    return s;
  }
  sipUri(params = true): string {
    return `${this.chance(0.1) ? "sips" : "sip"}:${this.user()}@${this.hostport()}${params ? this.uriParams() : ""}`;
  }
  displayName(): string {
    const k = this.int(4);
    if (k === 0) return "";
    if (k === 1) return `${this.pick(["Alice", "Bob", "Carol", "Dave"])} `;
    if (k === 2) return `"${this.pick(["Alice Smith", "Doe, John", "Q. Public", ""])}" `;
    return `"${this.pick(["say \\\"hi\\\"", "back\\\\slash", "a \\\"b\\\" c"])}" `;
  }
  nameAddr(params = ""): string {
    return `${this.displayName()}<${this.sipUri()}>${params}`;
  }
  via(): string {
    let s = `SIP/2.0/${this.pick(["UDP", "TCP", "TLS", "WS"])} ${this.hostport()};branch=z9hG4bK${this.word(8, 16)}`;
    if (this.chance(0.4)) s += `;received=192.0.2.${this.int(255)}`;
    if (this.chance(0.5)) s += this.chance(0.5) ? ";rport" : `;rport=${1024 + this.int(60000)}`;
    return s;
  }
  name(long: string, compact: string | null): string {
    if (compact && this.chance(0.35)) return this.chance(0.5) ? compact : compact.toUpperCase();
    if (this.chance(0.2)) return long.toUpperCase();
    if (this.chance(0.1)) return long.toLowerCase();
    return long;
  }
  contact(): string {
    let p = "";
    if (this.chance(0.5)) p += `;expires=${this.int(7200)}`;
    if (this.chance(0.3)) p += `;q=0.${this.int(10)}`;
    if (this.chance(0.3)) p += `;+sip.instance="<urn:uuid:${this.word(8, 8, "0123456789abcdef")}>"`;
    if (this.chance(0.2)) p += `;reg-id=${1 + this.int(3)}`;
    return `${this.displayName()}<${this.sipUri()}>${p}`;
  }
}

const PIDF = '<?xml version="1.0"?><presence xmlns="urn:ietf:params:xml:ns:pidf" entity="sip:a@example.com"><tuple id="t"><status><basic>open</basic></status></tuple></presence>';

function generateRequest(g: Gen): string {
  const method = g.pick(["SUBSCRIBE", "PUBLISH", "NOTIFY", "OPTIONS"]);
  const lines = [`${method} ${g.sipUri()} SIP/2.0`];
  const sep = () => (g.chance(0.2) ? " :  " : ": ");
  lines.push(`${g.name("Via", "v")}${sep()}${g.via()}`);
  for (let i = 0, n = g.int(3); i < n; i++) lines.push(`${g.name("Via", "v")}${sep()}${g.via()}${g.chance(0.3) ? `, ${g.via()}` : ""}`);
  lines.push(`${g.name("Max-Forwards", null)}: ${g.int(71)}`);
  // sometimes folded onto a continuation line (RFC 3261 7.3.1)
  lines.push(`${g.name("From", "f")}${sep()}${g.chance(0.15) ? "\r\n   " : ""}${g.nameAddr(`;tag=${g.token()}`)}`);
  lines.push(`${g.name("To", "t")}${sep()}${g.nameAddr(g.chance(0.4) || method === "NOTIFY" ? `;tag=${g.token()}` : "")}`);
  lines.push(`${g.name("Call-ID", "i")}: ${g.word(10, 20)}${g.chance(0.5) ? `@${g.host()}` : ""}`);
  lines.push(`${g.name("CSeq", null)}: ${g.int(2 ** 31)} ${method}`);
  for (let i = 0, n = method === "OPTIONS" ? g.int(2) : 1 + g.int(2); i < n; i++) {
    lines.push(`${g.name("Contact", "m")}${sep()}${g.contact()}${g.chance(0.2) ? `, ${g.contact()}` : ""}`);
  }
  if (method !== "OPTIONS") {
    const pkg = g.pick(["presence", "dialog", "presence.winfo", "message-summary", "Presence"]);
    lines.push(`${g.name("Event", "o")}${sep()}${pkg}${g.chance(0.5) ? `;id=${g.token()}` : ""}${g.chance(0.2) ? ";sla" : ""}`);
  }
  if (method === "SUBSCRIBE" || method === "PUBLISH" || g.chance(0.1)) lines.push(`${g.name("Expires", null)}: ${g.int(100000)}`);
  if (method === "NOTIFY") lines.push(`Subscription-State: active;expires=${g.int(3600)}`);
  if (g.chance(0.3)) lines.push(`${g.name("Supported", "k")}: eventlist, gruu`);
  if (g.chance(0.3)) lines.push(`${g.name("Allow-Events", "u")}: presence, dialog`);
  if (g.chance(0.2)) lines.push("User-Agent: gen/1.0 (test)");
  const body = method === "PUBLISH" || (method === "NOTIFY" && g.chance(0.7)) ? PIDF : "";
  if (body) lines.push(`${g.name("Content-Type", "c")}: application/pidf+xml`);
  lines.push(`${g.name("Content-Length", "l")}: ${Buffer.byteLength(body)}`);
  return lines.join("\r\n") + "\r\n\r\n" + body;
}

function generateResponse(g: Gen): string {
  const method = g.pick(["SUBSCRIBE", "PUBLISH", "NOTIFY", "OPTIONS"]);
  const [status, reason] = g.pick([[200, "OK"], [202, "Accepted"], [404, "Not Found"], [423, "Interval Too Brief"], [489, "Bad Event"], [481, "Subscription does not exist"]] as const);
  const lines = [`SIP/2.0 ${status} ${reason}`];
  lines.push(`${g.name("Via", "v")}: ${g.via()}`);
  if (g.chance(0.4)) lines.push(`Via: ${g.via()}`);
  lines.push(`${g.name("From", "f")}: ${g.nameAddr(`;tag=${g.token()}`)}`);
  lines.push(`${g.name("To", "t")}: ${g.nameAddr(`;tag=${g.token()}`)}`);
  lines.push(`${g.name("Call-ID", "i")}: ${g.word(10, 20)}@${g.host()}`);
  lines.push(`CSeq: ${g.int(2 ** 31)} ${method}`);
  if (status < 300 && method !== "OPTIONS") lines.push(`${g.name("Expires", null)}: ${g.int(3600)}`);
  if (status < 300 && g.chance(0.5)) lines.push(`${g.name("Contact", "m")}: ${g.contact()}`);
  if (method === "PUBLISH" && status === 200) lines.push(`SIP-ETag: ${g.token()}`);
  lines.push(`${g.name("Content-Length", "l")}: 0`);
  return lines.join("\r\n") + "\r\n\r\n";
}

const logger = new LoggerFactory().getLogger("differential");
type Theirs = IncomingRequestMessage | IncomingResponseMessage;

const unescape = (s: string) => s.replace(/\\(.)/g, "$1");
const unquote = (v: unknown) => (typeof v === "string" && v.startsWith('"') && v.endsWith('"') ? unescape(v.slice(1, -1)) : v);
const opt = <T>(v: T | undefined | null): T | null => (v === undefined ? null : v);
/** q-values compare as numbers ("0.0" and sip.js's "0" are the same q). */
const normQ = (params: Record<string, unknown>) => ("q" in params ? { ...params, q: Number(params.q) } : params);

/** The values compared, read from our message. */
function ours(m: SipMessageAny): Record<string, unknown> {
  // our user part stays %-escaped as written; sip.js decodes it
  const user = (u: string | null) => (u === null ? null : decodeURIComponent(u));
  const uriParts = (s: string) => {
    const u = parseUri(s);
    return { user: user(u.user), host: u.host, port: u.port };
  };
  const out: Record<string, unknown> = {
    callId: m.callId,
    cseq: m.cseq.seq,
    cseqMethod: m.cseq.method,
    from: { ...uriParts(m.from.uri), tag: m.fromTag, name: m.from.displayName ?? "" },
    to: { ...uriParts(m.to.uri), tag: m.toTag, name: m.to.displayName ?? "" },
    via: { host: m.via.host, port: m.via.port, branch: m.via.branch, received: m.via.received, rport: m.via.rport },
    event: m.event && { event: m.event.event, id: m.event.id },
    expires: m.expires,
    contacts: m.contacts.map((c) => {
      const u = parseUri(c.uri);
      return { user: user(u.user), host: u.host, port: u.port, uriParams: u.params, params: normQ(c.params) };
    }),
  };
  if (m.kind === "request") {
    out.method = m.method;
    out.ruri = { user: user(m.ruri.user), host: m.ruri.host, port: m.ruri.port };
  } else {
    out.status = m.status;
    out.reason = m.reason;
  }
  return out;
}

/** The same values read from sip.js's parse. */
function theirs(m: Theirs): Record<string, unknown> {
  const uriParts = (u: { user?: string; host: string; port?: number }) => ({ user: opt(u.user), host: u.host.toLowerCase(), port: opt(u.port) });
  const via = m.via as unknown as { host: string; port?: number; branch?: string; received?: string; rport?: string; params?: Record<string, unknown> };
  const rawEvent = m.getHeader("event") ?? m.getHeader("o");
  const event = rawEvent === undefined ? null : (Grammar.parse(rawEvent, "Event") as { event: string; params?: Record<string, string | undefined> });
  const expires = m.getHeader("expires");
  const contacts = [];
  for (let i = 0; i < m.getHeaders("contact").length; i++) {
    const c = m.parseHeader("contact", i) as { uri: { user?: string; host: string; port?: number; parameters: Record<string, string | null> }; parameters: Record<string, string | null> };
    const params: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(c.parameters)) params[k] = v === undefined ? null : unquote(v);
    contacts.push({ ...uriParts(c.uri), uriParams: { ...c.uri.parameters }, params: normQ(params) });
  }
  const out: Record<string, unknown> = {
    callId: m.callId,
    cseq: m.cseq,
    cseqMethod: m.method,
    from: { ...uriParts(m.from.uri), tag: opt(m.fromTag), name: unescape(m.from.displayName ?? "") },
    to: { ...uriParts(m.to.uri), tag: opt(m.toTag), name: unescape(m.to.displayName ?? "") },
    via: {
      host: via.host.toLowerCase(),
      port: opt(via.port),
      branch: opt(via.branch),
      received: opt(via.received),
      rport: via.rport !== undefined ? Number(via.rport) : via.params && "rport" in via.params ? true : null,
    },
    event: event && { event: event.event.toLowerCase(), id: opt(event.params?.id) },
    expires: expires === undefined ? null : Number(expires),
    contacts,
  };
  if (m instanceof Object && "ruri" in m && m.ruri) {
    out.method = m.method;
    out.ruri = uriParts(m.ruri);
  } else {
    const r = m as IncomingResponseMessage;
    out.status = r.statusCode;
    out.reason = r.reasonPhrase;
  }
  return out;
}

describe("differential test against sip.js", () => {
  const g = new Gen(rng(4475));
  const corpus = [
    ...Array.from({ length: 300 }, () => generateRequest(g)),
    ...Array.from({ length: 100 }, () => generateResponse(g)),
  ];

  it(`agrees on ${corpus.length} generated messages`, () => {
    let compared = 0;
    for (const text of corpus) {
      const buf = Buffer.from(text, "latin1");
      const mine = parseMessage(buf);
      if (!mine.ok) assert.fail(`we rejected a generated message (${mine.error.message}):\n${text}`);
      const other = Parser.parseMessage(buf.toString("latin1"), logger);
      if (!other) assert.fail(`sip.js rejected a generated message:\n${text}`);
      assert.deepEqual(ours(mine.message), theirs(other), text);
      compared++;
    }
    assert.equal(compared, corpus.length);
  });
});
