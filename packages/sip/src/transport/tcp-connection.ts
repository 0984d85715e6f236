import type { Socket } from "node:net";
import type { Logger } from "@presence/log";
import type { Endpoint } from "../message/types.js";
import { TransportError } from "./errors.js";
import { StreamFramer, type FramerLimits, type FramingError } from "./stream-framer.js";
import type { TransportStats } from "./transport-stats.js";

export interface TcpConnectionOptions {
  limits: FramerLimits;
  idleTimeoutMs: number;
  connectTimeoutMs: number;
  /** Bytes queued for a peer that does not read before the connection is dropped. */
  maxPendingBytes: number;
  logger: Logger;
  stats: TransportStats;
}

export interface TcpConnectionEvents {
  message(data: Buffer, conn: TcpConnection): void;
  /** Returns the bytes to send before closing (an error response), or null. */
  framingError(error: FramingError, conn: TcpConnection): Buffer | null;
  closed(conn: TcpConnection): void;
}

const PONG = Buffer.from("\r\n");

/** One SIP flow over TCP: framing, keep-alive answers, idle timeout, ordered writes. */
export class TcpConnection {
  /** Where the peer is; `connectionId` set to this connection's id. */
  readonly remote: Endpoint;
  private readonly framer: StreamFramer;
  private ready: Promise<void> | null;
  private isClosed = false;

  constructor(
    readonly id: string,
    private readonly socket: Socket,
    remote: { address: string; port: number },
    /** True when we opened it (still connecting). */
    outbound: boolean,
    private readonly opts: TcpConnectionOptions,
    private readonly events: TcpConnectionEvents,
  ) {
    this.remote = { transport: "TCP", address: remote.address, port: remote.port, connectionId: id };
    this.framer = new StreamFramer(opts.limits);
    socket.setNoDelay(true);
    socket.on("data", (chunk: Buffer) => this.onData(chunk));
    socket.on("error", (err) => opts.logger.debug({ err, connectionId: id }, "tcp connection error"));
    socket.on("close", () => this.onClose());
    socket.on("timeout", () => {
      if (this.ready) {
        socket.destroy(new TransportError("TCP connect timed out", { target: this.remote }));
      } else {
        opts.stats.tcpIdleClosed++;
        opts.logger.debug({ connectionId: id }, "closing idle tcp connection");
        socket.destroy();
      }
    });
    if (outbound) {
      socket.setTimeout(opts.connectTimeoutMs);
      this.ready = new Promise<void>((resolve, reject) => {
        socket.once("connect", () => {
          this.ready = null;
          socket.setTimeout(opts.idleTimeoutMs);
          resolve();
        });
        socket.once("close", () => reject(new TransportError("TCP connection failed", { target: this.remote })));
      });
      // Rejections are delivered to writers; an unobserved failure must not become an unhandled rejection.
      this.ready.catch(() => undefined);
    } else {
      this.ready = null;
      socket.setTimeout(opts.idleTimeoutMs);
    }
  }

  get closed(): boolean {
    return this.isClosed;
  }

  /** Resolves once the bytes are handed to the kernel; rejects with a TransportError. */
  write(data: Buffer): Promise<void> {
    if (this.isClosed) return Promise.reject(new TransportError("TCP connection closed", { target: this.remote }));
    if (this.ready) return this.ready.then(() => this.write(data));
    if (this.socket.writableLength > this.opts.maxPendingBytes) {
      this.opts.logger.warn({ connectionId: this.id, pending: this.socket.writableLength }, "peer not reading; closing tcp connection");
      this.socket.destroy();
      return Promise.reject(new TransportError("TCP peer not reading", { target: this.remote }));
    }
    return new Promise<void>((resolve, reject) => {
      this.socket.write(data, (err) => (err ? reject(new TransportError("TCP write failed", { target: this.remote, cause: err })) : resolve()));
    });
  }

  /** Closes now (pending writes are dropped). */
  destroy(): void {
    this.socket.destroy();
  }

  private onData(chunk: Buffer): void {
    for (const ev of this.framer.push(chunk)) {
      if (ev.kind === "message") {
        this.opts.stats.received++;
        try {
          this.events.message(ev.data, this);
        } catch (err) {
          this.opts.logger.error({ err, connectionId: this.id }, "tcp message handler failed");
        }
      } else if (ev.kind === "ping") {
        // RFC 5626 4.4.1: answer a double-CRLF ping with a single CRLF pong.
        this.opts.stats.keepalivesAnswered++;
        this.socket.write(PONG);
      } else {
        this.opts.stats.framingErrors++;
        this.opts.logger.info({ connectionId: this.id, status: ev.error.status, reason: ev.error.reason }, "tcp framing error; closing connection");
        let reply: Buffer | null = null;
        try {
          reply = this.events.framingError(ev.error, this);
        } catch (err) {
          this.opts.logger.error({ err, connectionId: this.id }, "framing error handler failed");
        }
        this.socket.pause();
        if (reply) this.socket.end(reply, () => this.socket.destroy());
        else this.socket.destroy();
        // A peer that never reads must not keep the connection open.
        setTimeout(() => this.socket.destroy(), 1000).unref();
        return;
      }
      if (this.isClosed) return;
    }
  }

  private onClose(): void {
    if (this.isClosed) return;
    this.isClosed = true;
    this.opts.stats.tcpClosed++;
    this.events.closed(this);
  }
}
