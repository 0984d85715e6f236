/**
 * A small SIP user agent for end-to-end tests: real UDP or TCP sockets, real SIP text. It plays
 * subscribers and publishers, records every NOTIFY and answers it (200 by default, or whatever a test
 * wants, or nothing to simulate a dead peer).
 */
import { randomBytes } from "node:crypto";
import { createSocket, type Socket as UdpSocket } from "node:dgram";
import { connect, type Socket as TcpSocket } from "node:net";
import { once } from "node:events";
import { createResponse, parseMessage, serialize, Headers, SipRequest, type SipResponse } from "@presence/sip";

export type UaTransport = "udp" | "tcp";

export interface TestUaOptions {
  transport: UaTransport;
  serverHost?: string;
  serverPort: number;
  user?: string;
  domain?: string;
}

export interface ReceivedNotify {
  request: SipRequest;
  at: number;
  body: string;
  state: string;
}

const rnd = (n = 8) => randomBytes(n).toString("hex");

export class TestUa {
  readonly user: string;
  readonly domain: string;
  readonly notifies: ReceivedNotify[] = [];
  /** Status to answer NOTIFYs with; null = do not answer (a dead subscriber). */
  notifyStatus: number | null | ((req: SipRequest) => number | null) = 200;
  /** Delay before a NOTIFY is answered (keeps its transaction open for a while). */
  notifyDelayMs = 0;
  /** Called right after a NOTIFY's response was sent. */
  onNotifyAnswered: ((req: SipRequest) => void) | null = null;
  private readonly pending = new Map<string, (res: SipResponse) => void>();
  private readonly waiters: Array<() => void> = [];
  private udp: UdpSocket | null = null;
  private tcp: TcpSocket | null = null;
  private tcpBuffer = Buffer.alloc(0);
  private cseq = 1;
  localPort = 0;

  private constructor(private readonly opts: TestUaOptions) {
    this.user = opts.user ?? `ua-${rnd(4)}`;
    this.domain = opts.domain ?? "example.com";
  }

  static async open(opts: TestUaOptions): Promise<TestUa> {
    const ua = new TestUa(opts);
    await ua.connect();
    return ua;
  }

  get aor(): string {
    return `sip:${this.user}@${this.domain}`;
  }

  get transportParam(): string {
    return this.opts.transport;
  }

  get contact(): string {
    return `sip:${this.user}@127.0.0.1:${this.localPort};transport=${this.opts.transport}`;
  }

  private get server(): string {
    return this.opts.serverHost ?? "127.0.0.1";
  }

  private async connect(): Promise<void> {
    if (this.opts.transport === "udp") {
      const s = createSocket("udp4");
      s.on("message", (buf, rinfo) => this.onData(buf, { address: rinfo.address, port: rinfo.port }));
      s.bind(0, "127.0.0.1");
      await once(s, "listening");
      this.localPort = s.address().port;
      this.udp = s;
    } else {
      const s = connect({ host: this.server, port: this.opts.serverPort });
      await once(s, "connect");
      s.on("data", (chunk: Buffer) => this.onTcpData(chunk));
      s.on("error", () => undefined);
      this.localPort = s.localPort ?? 0;
      this.tcp = s;
    }
  }

  private onTcpData(chunk: Buffer): void {
    this.tcpBuffer = Buffer.concat([this.tcpBuffer, chunk]);
    for (;;) {
      while (this.tcpBuffer.length >= 2 && this.tcpBuffer[0] === 13 && this.tcpBuffer[1] === 10) this.tcpBuffer = this.tcpBuffer.subarray(2);
      const end = this.tcpBuffer.indexOf("\r\n\r\n");
      if (end < 0) return;
      const head = this.tcpBuffer.subarray(0, end).toString("latin1");
      const m = /^(?:content-length|l)\s*:\s*(\d+)/im.exec(head);
      const len = m ? Number(m[1]) : 0;
      const total = end + 4 + len;
      if (this.tcpBuffer.length < total) return;
      const msg = this.tcpBuffer.subarray(0, total);
      this.tcpBuffer = this.tcpBuffer.subarray(total);
      this.onData(Buffer.from(msg));
    }
  }

  private closed = false;

  private send(buf: Buffer, to?: { address: string; port: number }): void {
    if (this.closed) return;
    if (this.udp) this.udp.send(buf, to?.port ?? this.opts.serverPort, to?.address ?? this.server);
    else this.tcp!.write(buf);
  }

  /** Sends raw bytes to the server (malformed-input tests). */
  sendRaw(data: Buffer | string): void {
    this.send(Buffer.isBuffer(data) ? data : Buffer.from(data, "latin1"));
  }

  /** `from`: the datagram's source; RFC 3261 18.2.2: responses go back where the request came from. */
  private onData(buf: Buffer, from?: { address: string; port: number }): void {
    const parsed = parseMessage(buf, { transport: this.udp ? "UDP" : "TCP" });
    if (!parsed.ok) return;
    const msg = parsed.message;
    if (msg.kind === "response") {
      const key = `${msg.callId}|${msg.cseq.seq}|${msg.cseq.method}`;
      if (msg.status >= 200) {
        const cb = this.pending.get(key);
        if (cb) {
          this.pending.delete(key);
          cb(msg);
        }
      }
      return;
    }
    if (msg.method === "NOTIFY") {
      const status = typeof this.notifyStatus === "function" ? this.notifyStatus(msg) : this.notifyStatus;
      this.notifies.push({ request: msg, at: Date.now(), body: msg.body.toString("utf8"), state: msg.headers.get("subscription-state") ?? "" });
      for (const w of this.waiters.splice(0)) w();
      if (status !== null) {
        const answer = () => {
          this.send(serialize(createResponse(msg, status)), from);
          this.onNotifyAnswered?.(msg);
        };
        if (this.notifyDelayMs > 0) setTimeout(answer, this.notifyDelayMs);
        else answer();
      }
    } else if (msg.method !== "ACK") {
      this.send(serialize(createResponse(msg, 501)), from);
    }
  }

  /** Sends a request and resolves with its final response (or rejects after timeoutMs). */
  request(method: string, uri: string, headers: Array<[string, string]>, body?: Buffer | string, timeoutMs = 5000): Promise<SipResponse> {
    const h = new Headers(headers);
    const transport = this.opts.transport.toUpperCase();
    if (!h.has("via")) h.prepend("Via", `SIP/2.0/${transport} 127.0.0.1:${this.localPort};branch=z9hG4bK${rnd()};rport`);
    if (!h.has("max-forwards")) h.set("Max-Forwards", "70");
    if (!h.has("call-id")) h.set("Call-ID", `${rnd()}@test`);
    if (!h.has("cseq")) h.set("CSeq", `${this.cseq++} ${method}`);
    if (!h.has("from")) h.set("From", `<${this.aor}>;tag=${rnd(4)}`);
    if (!h.has("to")) h.set("To", `<${uri}>`);
    const req = new SipRequest(method, uri, h, body === undefined ? Buffer.alloc(0) : Buffer.from(body));
    const key = `${req.callId}|${req.cseq.seq}|${method}`;
    return new Promise<SipResponse>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(key);
        reject(new Error(`no final response to ${method} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(key, (res) => {
        clearTimeout(timer);
        resolve(res);
      });
      this.send(serialize(req));
    });
  }

  /** Waits until a NOTIFY satisfying `pred` has arrived (counting ones already received). */
  async waitForNotify(pred: (n: ReceivedNotify) => boolean = () => true, timeoutMs = 5000): Promise<ReceivedNotify> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const hit = this.notifies.find(pred);
      if (hit) return hit;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching NOTIFY within ${timeoutMs} ms (got ${this.notifies.length})`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    this.udp?.close();
    this.tcp?.destroy();
  }
}

/** A subscription dialog held by a TestUa. */
export class Subscriber {
  readonly callId = `${rnd()}@test`;
  readonly fromTag = rnd(4);
  toTag: string | null = null;
  private cseq = 1;
  constructor(
    readonly ua: TestUa,
    readonly target: string,
    readonly event = "presence",
    readonly extra: Array<[string, string]> = [],
  ) {}

  async subscribe(expires: number | null = 600, more: Array<[string, string]> = []): Promise<SipResponse> {
    const headers: Array<[string, string]> = [
      ["From", `<${this.ua.aor}>;tag=${this.fromTag}`],
      ["To", `<${this.target}>${this.toTag ? `;tag=${this.toTag}` : ""}`],
      ["Call-ID", this.callId],
      ["CSeq", `${this.cseq++} SUBSCRIBE`],
      ["Contact", `<${this.ua.contact}>`],
      ["Event", this.event],
      ...this.extra,
      ...more,
    ];
    if (expires !== null) headers.push(["Expires", String(expires)]);
    const res = await this.ua.request("SUBSCRIBE", this.target, headers);
    if (res.status < 300 && !this.toTag) this.toTag = res.toTag;
    return res;
  }

  /** NOTIFYs received on this dialog, in arrival order. */
  notifies(): ReceivedNotify[] {
    return this.ua.notifies.filter((n) => n.request.callId === this.callId);
  }

  waitForNotify(pred: (n: ReceivedNotify) => boolean = () => true, timeoutMs = 5000): Promise<ReceivedNotify> {
    return this.ua.waitForNotify((n) => n.request.callId === this.callId && pred(n), timeoutMs);
  }
}

/** A publisher holding one publication (its ETag). */
export class Publisher {
  etag: string | null = null;
  constructor(
    readonly ua: TestUa,
    readonly target: string,
    readonly event = "presence",
    readonly contentType = "application/pidf+xml",
  ) {}

  async publish(body: string | null, expires: number | null = 600, more: Array<[string, string]> = []): Promise<SipResponse> {
    const headers: Array<[string, string]> = [["Event", this.event], ...more];
    if (expires !== null) headers.push(["Expires", String(expires)]);
    if (this.etag) headers.push(["SIP-If-Match", this.etag]);
    if (body !== null) headers.push(["Content-Type", this.contentType]);
    const res = await this.ua.request("PUBLISH", this.target, headers, body ?? undefined);
    if (res.status === 200) this.etag = res.headers.get("sip-etag") ?? this.etag;
    return res;
  }
}

export function pidf(entity: string, tupleId: string, basic: "open" | "closed", note?: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<presence xmlns="urn:ietf:params:xml:ns:pidf" entity="${entity}">\n` +
    `  <tuple id="${tupleId}"><status><basic>${basic}</basic></status>${note ? `<note>${note}</note>` : ""}</tuple>\n` +
    `</presence>\n`
  );
}
