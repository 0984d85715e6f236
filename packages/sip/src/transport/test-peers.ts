/** Raw UDP/TCP peers for socket-level tests of the stack: they send text and collect parsed messages. */
import { createSocket, type Socket as UdpSocket } from "node:dgram";
import { connect, type Socket } from "node:net";
import { once } from "node:events";
import { parseMessage, type SipMessageAny } from "../message/index.js";

export interface Arrival {
  at: number;
  raw: Buffer;
  msg: SipMessageAny | null;
  from: { address: string; port: number };
}

class Inbox {
  readonly all: Arrival[] = [];
  private waiters: Array<() => void> = [];

  push(a: Arrival): void {
    this.all.push(a);
    for (const w of this.waiters.splice(0)) w();
  }

  /** Waits until `n` arrivals in total, or throws after `ms`. */
  async count(n: number, ms = 2000): Promise<Arrival[]> {
    const end = Date.now() + ms;
    while (this.all.length < n) {
      const left = end - Date.now();
      if (left <= 0) throw new Error(`expected ${n} messages, got ${this.all.length}`);
      await new Promise<void>((r) => {
        this.waiters.push(r);
        setTimeout(r, Math.min(left, 50));
      });
    }
    return this.all;
  }
}

export class UdpPeer {
  readonly inbox = new Inbox();
  private constructor(
    readonly socket: UdpSocket,
    readonly address: string,
    readonly port: number,
  ) {}

  static async open(host = "127.0.0.1", onMessage?: (a: Arrival, peer: UdpPeer) => void): Promise<UdpPeer> {
    const socket = createSocket(host.includes(":") ? "udp6" : "udp4");
    socket.bind(0, host);
    await once(socket, "listening");
    const peer = new UdpPeer(socket, host, socket.address().port);
    socket.on("message", (raw, rinfo) => {
      const at = performance.now();
      const r = parseMessage(raw);
      const a: Arrival = { at, raw, msg: r.ok ? r.message : null, from: { address: rinfo.address, port: rinfo.port } };
      peer.inbox.push(a);
      onMessage?.(a, peer);
    });
    return peer;
  }

  send(text: string | Buffer, port: number, host = this.address): void {
    this.socket.send(typeof text === "string" ? Buffer.from(text) : text, port, host);
  }

  close(): void {
    this.socket.close();
  }
}

export class TcpPeer {
  readonly inbox = new Inbox();
  raw = "";
  closed = false;
  private buf = Buffer.alloc(0);
  private at = 0;

  private constructor(readonly socket: Socket) {
    socket.on("data", (d: Buffer) => {
      this.at = performance.now();
      this.raw += d.toString("latin1");
      this.buf = Buffer.concat([this.buf, d]);
      this.drain();
    });
    socket.on("close", () => (this.closed = true));
    socket.on("error", () => undefined);
  }

  static async connect(port: number, host = "127.0.0.1"): Promise<TcpPeer> {
    const socket = connect({ port, host });
    await once(socket, "connect");
    return new TcpPeer(socket);
  }

  get localPort(): number {
    return this.socket.localPort!;
  }

  write(text: string | Buffer): void {
    this.socket.write(text);
  }

  async closedWithin(ms: number): Promise<boolean> {
    const end = Date.now() + ms;
    while (!this.closed && Date.now() < end) await new Promise((r) => setTimeout(r, 5));
    return this.closed;
  }

  close(): void {
    this.socket.destroy();
  }

  /** Minimal Content-Length framing of what the stack sends back (skips CRLF pongs). */
  private drain(): void {
    for (;;) {
      while (this.buf.length >= 2 && this.buf[0] === 13 && this.buf[1] === 10) this.buf = this.buf.subarray(2);
      const end = this.buf.indexOf("\r\n\r\n");
      if (end < 0) return;
      const m = /\r\ncontent-length:\s*(\d+)/i.exec(this.buf.toString("latin1", 0, end + 2));
      const total = end + 4 + (m ? Number(m[1]) : 0);
      if (this.buf.length < total) return;
      const raw = this.buf.subarray(0, total);
      this.buf = this.buf.subarray(total);
      const r = parseMessage(raw, { transport: "TCP" });
      this.inbox.push({ at: this.at, raw, msg: r.ok ? r.message : null, from: { address: this.socket.remoteAddress!, port: this.socket.remotePort! } });
    }
  }
}

let seq = 0;

/** A request as a peer would send it. */
export function requestText(
  method: string,
  o: { host?: string; port: number; transport?: "UDP" | "TCP"; branch?: string; callId?: string; body?: string; extra?: string; rport?: boolean; maxForwards?: number },
): string {
  const host = o.host ?? "127.0.0.1";
  const sentBy = host.includes(":") ? `[${host}]` : host;
  const body = o.body ?? "";
  const n = ++seq;
  return (
    `${method} sip:presence@${sentBy} SIP/2.0\r\n` +
    `Via: SIP/2.0/${o.transport ?? "UDP"} ${sentBy}:${o.port};branch=${o.branch ?? `z9hG4bKpeer${n}x${Date.now()}`}${o.rport === false ? "" : ";rport"}\r\n` +
    `Max-Forwards: ${o.maxForwards ?? 70}\r\n` +
    `From: <sip:alice@example.com>;tag=f${n}\r\n` +
    `To: <sip:bob@example.com>\r\n` +
    `Call-ID: ${o.callId ?? `call-${n}-${Date.now()}`}\r\n` +
    `CSeq: 1 ${method}\r\n` +
    (o.extra ?? "") +
    `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n` +
    body
  );
}

/** Polls `cond` every 5 ms; throws once `ms` have passed without it holding. */
export async function until(cond: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** A bare IPv4 loopback UDP socket that keeps what it receives as text, for transport-level tests. */
export async function textPeer(): Promise<{ socket: UdpSocket; port: number; got: string[] }> {
  const socket = createSocket("udp4");
  const got: string[] = [];
  socket.on("message", (m) => got.push(m.toString()));
  socket.bind(0, "127.0.0.1");
  await once(socket, "listening");
  return { socket, port: socket.address().port, got };
}
