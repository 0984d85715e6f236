import type { Socket as UdpSocket } from "node:dgram";
import type { OverloadReplyInfo } from "./overload-reply.js";
import type { UdpReader } from "./udp-reader-governor.js";
import { bindUdpSocket } from "./udp-socket.js";

/** What the transport layer needs of its UDP socket, wherever the socket lives. */
export interface UdpChannel {
  readonly address: string;
  readonly port: number;
  /** False once the socket (or the thread holding it) is gone. */
  readonly working: boolean;
  /** Resolves once the kernel took the datagram; rejects with the socket's error. */
  send(data: Buffer, port: number, address: string): Promise<void>;
  close(): Promise<void>;
  /** Where a backlog exists (the I/O thread): answer requests past it 503 instead of dropping them. */
  answerOverload?(info: OverloadReplyInfo): void;
}

export interface UdpChannelEvents {
  datagram(data: Buffer, address: string, port: number): void;
  error(err: Error): void;
  /** Datagrams the I/O thread dropped because this thread was too far behind. */
  dropped?(count: number): void;
  /** Requests the I/O thread answered 503 for the same reason. */
  rejected?(count: number): void;
  /** The socket is now read by `reader`; `utilization`: the main thread's, in the sample that decided it. */
  readerChanged?(reader: UdpReader, utilization: number): void;
  /** The main thread cannot read the socket here: the I/O thread keeps it. */
  readerUnavailable?(err: Error): void;
}

/** The UDP socket on the main thread. */
export class DirectUdpChannel implements UdpChannel {
  readonly address: string;
  readonly port: number;
  private open = true;

  private constructor(
    private readonly socket: UdpSocket,
    events: UdpChannelEvents,
  ) {
    const a = socket.address();
    this.address = a.address;
    this.port = a.port;
    socket.on("message", (data, rinfo) => events.datagram(data, rinfo.address, rinfo.port));
    socket.on("error", (err) => events.error(err));
  }

  get working(): boolean {
    return this.open;
  }

  static async bind(host: string, port: number, events: UdpChannelEvents): Promise<DirectUdpChannel> {
    return new DirectUdpChannel(await bindUdpSocket(host, port), events);
  }

  send(data: Buffer, port: number, address: string): Promise<void> {
    return new Promise((resolve, reject) => {
      this.socket.send(data, port, address, (err) => (err ? reject(err) : resolve()));
    });
  }

  close(): Promise<void> {
    this.open = false;
    return new Promise<void>((resolve) => this.socket.close(() => resolve()));
  }
}
