import { lookup } from "node:dns/promises";
import { randomBytes } from "node:crypto";
import { connect, createServer, isIP, type Server, type Socket } from "node:net";
import type { Logger } from "@presence/log";
import type { Endpoint, Transport } from "../message/types.js";
import { formatHostPort, normalizeAddress } from "./addresses.js";
import { BindError, TransportClosedError, TransportError } from "./errors.js";
import { DEFAULT_FRAMER_LIMITS, type FramerLimits, type FramingError } from "./stream-framer.js";
import { TcpConnection, type TcpConnectionEvents } from "./tcp-connection.js";
import type { TransportStats } from "./transport-stats.js";
import type { OverloadReplyInfo } from "./overload-reply.js";
import { DirectUdpChannel, type UdpChannel, type UdpChannelEvents } from "./udp-channel.js";
import { ThreadedUdpChannel } from "./udp-thread-channel.js";

export interface TransportLayerOptions {
  /** Address to bind (IPv4 or IPv6 literal, "::" / "0.0.0.0" for all, or a name to resolve). */
  host: string;
  /** 0 picks a free port, the same for UDP and TCP. */
  port: number;
  transports: Transport[];
  limits?: Partial<FramerLimits>;
  tcpIdleTimeoutMs: number;
  tcpConnectTimeoutMs: number;
  maxPendingBytes: number;
  logger: Logger;
  stats: TransportStats;
  /**
   * Runs the UDP socket on a thread of its own (udp-io-worker.ts) instead of the main thread;
   * "auto": the thread too, but the main thread reads and sends itself while lightly loaded
   * (udp-reader-governor.ts).
   */
  udpThread?: boolean | "auto";
  /** With udpThread: most bytes of datagrams waiting for the main thread (default 4 MB). */
  udpBacklogBytes?: number;
}

export interface TransportHandlers {
  /** A datagram or a framed stream message. Must not throw (errors are logged if it does). */
  message(data: Buffer, source: Endpoint): void;
  /** A stream broke its framing: returns the error response to write before closing, or null. */
  framingError(error: FramingError, source: Endpoint): Buffer | null;
  connectionClosed(connectionId: string, remote: Endpoint): void;
}

const SUPPORTED: ReadonlySet<Transport> = new Set(["UDP", "TCP"]);
const BIND_ATTEMPTS = 20;
const DROP_LOG_INTERVAL_MS = 10_000;

/** UDP and TCP listening on one address and port, plus the outbound TCP connections. */
export class TransportLayer {
  private readonly connections = new Map<string, TcpConnection>();
  /** Open connections by "address|port" of the peer (several possible: in and out). */
  private readonly byRemote = new Map<string, Set<TcpConnection>>();
  private readonly idPrefix = randomBytes(4).toString("hex");
  private nextId = 1;
  private closing = false;
  private serverClosed: Promise<void> | null = null;
  private readonly limits: FramerLimits;

  private constructor(
    readonly address: string,
    readonly port: number,
    private readonly udp: UdpChannel | null,
    private readonly tcp: Server | null,
    private readonly opts: TransportLayerOptions,
    private readonly handlers: TransportHandlers,
  ) {
    this.limits = { ...DEFAULT_FRAMER_LIMITS, ...opts.limits };
    tcp?.on("connection", (socket) => this.onAccept(socket));
    tcp?.on("error", (err) => opts.logger.error({ err }, "tcp server error"));
  }

  static async bind(opts: TransportLayerOptions, handlers: TransportHandlers): Promise<TransportLayer> {
    for (const t of opts.transports) if (!SUPPORTED.has(t)) throw new BindError(`transport ${t} is not supported`);
    const wantUdp = opts.transports.includes("UDP");
    const wantTcp = opts.transports.includes("TCP");
    if (!wantUdp && !wantTcp) throw new BindError("no transport enabled");
    let address = opts.host;
    if (isIP(address) === 0) {
      try {
        address = (await lookup(address)).address;
      } catch (cause) {
        throw new BindError(`cannot resolve ${opts.host}`, { cause });
      }
    }
    address = normalizeAddress(address);
    let lastError: unknown;
    for (let attempt = 0; attempt < (opts.port === 0 ? BIND_ATTEMPTS : 1); attempt++) {
      let tcp: Server | null = null;
      let udp: UdpChannel | null = null;
      // The layer exists only once both are bound; datagrams arriving before reach it through this.
      let layer: TransportLayer | null = null;
      const udpEvents: UdpChannelEvents = {
        datagram: (data, from, fromPort) => layer?.onDatagram(data, from, fromPort),
        error: (err) => opts.logger.error({ err }, "udp socket error"),
        dropped: (count) => layer?.onTurnedAway(count, 0),
        rejected: (count) => layer?.onTurnedAway(0, count),
        readerChanged: (reader, utilization) => {
          opts.stats.udpReaderSwitches++;
          opts.stats.udpReaderOnThread = reader === "thread" ? 1 : 0;
          opts.logger.info({ reader, mainThreadUtilization: Math.round(utilization * 100) / 100 }, reader === "thread" ? "UDP socket read by its I/O thread (SIP thread busy)" : "UDP socket read by the SIP thread (load is light)");
        },
        readerUnavailable: (err) => opts.logger.warn({ err }, "UDP socket stays on its I/O thread: the SIP thread cannot read it here"),
      };
      try {
        let port = opts.port;
        if (wantTcp) {
          tcp = await listenTcp(address, port);
          port = (tcp.address() as { port: number }).port;
        }
        if (wantUdp) {
          udp = opts.udpThread
            ? await ThreadedUdpChannel.bind(address, port, udpEvents, {
                ...(opts.udpBacklogBytes !== undefined ? { backlogBytes: opts.udpBacklogBytes } : {}),
                autoReader: opts.udpThread === "auto",
              })
            : await DirectUdpChannel.bind(address, port, udpEvents);
          opts.stats.udpReaderOnThread = opts.udpThread ? 1 : 0;
          port = udp.port;
        }
        opts.logger.info({ address, port, transports: opts.transports, udpThread: wantUdp ? (opts.udpThread ?? false) : false }, "sip transports listening");
        layer = new TransportLayer(address, port, udp, tcp, opts, handlers);
        return layer;
      } catch (err) {
        lastError = err;
        tcp?.close();
        void udp?.close();
        // Port 0: TCP got a free port that UDP could not take; try another one.
        if ((err as NodeJS.ErrnoException).code !== "EADDRINUSE") break;
      }
    }
    throw new BindError(`cannot bind ${formatHostPort(address, opts.port)}`, { cause: lastError });
  }

  /** Sends one message. Over TCP: the given connection, else an open one to the same peer, else a new one. */
  send(data: Buffer, target: Endpoint): Promise<void> {
    if (this.closing) return Promise.reject(new TransportClosedError("transport closed", { target }));
    const p = target.transport === "UDP" ? this.sendUdp(data, target) : target.transport === "TCP" ? this.sendTcp(data, target) : Promise.reject(new TransportError(`transport ${target.transport} is not supported`, { target }));
    return p.then(
      () => {
        this.opts.stats.sent++;
      },
      (err: unknown) => {
        this.opts.stats.sendErrors++;
        throw err instanceof TransportError ? err : new TransportError("send failed", { target, cause: err });
      },
    );
  }

  /** Bound and not closed, with the UDP socket (and the thread holding it) still there. */
  get listening(): boolean {
    return !this.closing && (this.udp === null || this.udp.working);
  }

  /** Whether a TCP connection with that id is open. */
  hasConnection(connectionId: string): boolean {
    const c = this.connections.get(connectionId);
    return c !== undefined && !c.closed;
  }

  /** The peer of an open TCP connection. */
  connectionRemote(connectionId: string): Endpoint | undefined {
    return this.connections.get(connectionId)?.remote;
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  closeConnection(connectionId: string): void {
    this.connections.get(connectionId)?.destroy();
  }

  /** With the UDP I/O thread: requests past its backlog are answered 503 with `info` instead of dropped. */
  answerOverload(info: OverloadReplyInfo): void {
    this.udp?.answerOverload?.(info);
  }

  /** Stops accepting TCP connections; existing flows and UDP keep working. */
  stopAccepting(): void {
    const tcp = this.tcp;
    if (!tcp || this.serverClosed) return;
    // The callback waits for every accepted connection to end, which close() forces.
    this.serverClosed = new Promise((resolve) => tcp.close(() => resolve()));
  }

  /** Closes every socket. */
  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    this.stopAccepting();
    for (const c of [...this.connections.values()]) c.destroy();
    if (this.udp) await this.udp.close();
    await this.serverClosed;
  }

  private droppedLoggedAt = 0;
  private droppedSinceLog = 0;
  private rejectedSinceLog = 0;

  private onTurnedAway(dropped: number, rejected: number): void {
    this.opts.stats.udpDropped += dropped;
    this.opts.stats.udpRejected += rejected;
    this.droppedSinceLog += dropped;
    this.rejectedSinceLog += rejected;
    const now = Date.now();
    // Overload drops come in floods: one line per interval, with the counts.
    if (now - this.droppedLoggedAt < DROP_LOG_INTERVAL_MS) return;
    this.opts.logger.warn(
      { dropped: this.droppedSinceLog, rejected: this.rejectedSinceLog },
      "UDP requests dropped or answered 503: the SIP thread is too far behind (overload)",
    );
    this.droppedLoggedAt = now;
    this.droppedSinceLog = 0;
    this.rejectedSinceLog = 0;
  }

  private onDatagram(data: Buffer, from: string, fromPort: number): void {
    if (this.closing) return;
    this.opts.stats.received++;
    try {
      this.handlers.message(data, { transport: "UDP", address: normalizeAddress(from), port: fromPort });
    } catch (err) {
      this.opts.logger.error({ err }, "udp message handler failed");
    }
  }

  private sendUdp(data: Buffer, target: Endpoint): Promise<void> {
    const udp = this.udp;
    if (!udp) return Promise.reject(new TransportError("UDP is not enabled", { target }));
    let address = normalizeAddress(target.address);
    const family = isIP(address);
    const ownFamily = isIP(this.address);
    if (family === 4 && ownFamily === 6) address = `::ffff:${address}`; // dual-stack socket
    else if (family === 6 && ownFamily === 4) return Promise.reject(new TransportError("IPv6 target on an IPv4 socket", { target }));
    return udp.send(data, target.port, address).catch((err: unknown) => {
      throw new TransportError("UDP send failed", { target, cause: err });
    });
  }

  private sendTcp(data: Buffer, target: Endpoint): Promise<void> {
    if (!this.tcp) return Promise.reject(new TransportError("TCP is not enabled", { target }));
    let conn = target.connectionId !== undefined ? this.connections.get(target.connectionId) : undefined;
    if (!conn || conn.closed) conn = this.findByRemote(target.address, target.port);
    if (!conn) conn = this.open(target);
    return conn.write(data);
  }

  private findByRemote(address: string, port: number): TcpConnection | undefined {
    const set = this.byRemote.get(remoteKey(address, port));
    if (!set) return undefined;
    let found: TcpConnection | undefined;
    for (const c of set) if (!c.closed) found = c; // the newest open one
    return found;
  }

  private open(target: Endpoint): TcpConnection {
    const address = normalizeAddress(target.address);
    const socket = connect({ host: address, port: target.port });
    this.opts.stats.tcpConnected++;
    return this.register(socket, { address, port: target.port }, true);
  }

  private onAccept(socket: Socket): void {
    if (this.closing || socket.remoteAddress === undefined || socket.remotePort === undefined) {
      socket.destroy();
      return;
    }
    this.opts.stats.tcpAccepted++;
    this.register(socket, { address: normalizeAddress(socket.remoteAddress), port: socket.remotePort }, false);
  }

  private register(socket: Socket, remote: { address: string; port: number }, outbound: boolean): TcpConnection {
    const id = `${this.idPrefix}-${this.nextId++}`;
    const events: TcpConnectionEvents = {
      message: (data, c) => this.handlers.message(data, c.remote),
      framingError: (error, c) => this.handlers.framingError(error, c.remote),
      closed: (c) => this.onConnectionClosed(c),
    };
    const conn = new TcpConnection(
      id,
      socket,
      remote,
      outbound,
      {
        limits: this.limits,
        idleTimeoutMs: this.opts.tcpIdleTimeoutMs,
        connectTimeoutMs: this.opts.tcpConnectTimeoutMs,
        maxPendingBytes: this.opts.maxPendingBytes,
        logger: this.opts.logger,
        stats: this.opts.stats,
      },
      events,
    );
    this.connections.set(id, conn);
    const key = remoteKey(remote.address, remote.port);
    let set = this.byRemote.get(key);
    if (!set) this.byRemote.set(key, (set = new Set()));
    set.add(conn);
    this.opts.logger.debug({ connectionId: id, remote: formatHostPort(remote.address, remote.port), outbound }, "tcp connection");
    return conn;
  }

  private onConnectionClosed(conn: TcpConnection): void {
    this.connections.delete(conn.id);
    const key = remoteKey(conn.remote.address, conn.remote.port);
    const set = this.byRemote.get(key);
    set?.delete(conn);
    if (set && set.size === 0) this.byRemote.delete(key);
    this.opts.logger.debug({ connectionId: conn.id }, "tcp connection closed");
    try {
      this.handlers.connectionClosed(conn.id, conn.remote);
    } catch (err) {
      this.opts.logger.error({ err }, "connection-closed handler failed");
    }
  }
}

function remoteKey(address: string, port: number): string {
  return `${normalizeAddress(address)}|${port}`;
}

function listenTcp(host: string, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer({ noDelay: true });
    server.once("error", reject);
    server.listen({ host, port, exclusive: true }, () => {
      server.off("error", reject);
      resolve(server);
    });
  });
}
