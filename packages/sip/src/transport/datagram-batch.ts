import type { OverloadReplyInfo } from "./overload-reply.js";

/**
 * Datagrams crossing between the main thread and the UDP I/O thread: many per message, their
 * bytes packed into one ArrayBuffer that is transferred, not copied. Posting a Buffer as such would
 * clone its whole backing store, which for a pooled Buffer is an 8 KB slab.
 */
export interface DatagramBatch {
  data: ArrayBuffer;
  lengths: number[];
  ports: number[];
  addresses: string[];
}

/** Collects datagrams until they are packed into one batch. */
export class DatagramBatcher {
  private chunks: Uint8Array[] = [];
  private ports: number[] = [];
  private addresses: string[] = [];
  private bytes = 0;

  get size(): number {
    return this.chunks.length;
  }

  get byteLength(): number {
    return this.bytes;
  }

  add(data: Uint8Array, port: number, address: string): void {
    this.chunks.push(data);
    this.ports.push(port);
    this.addresses.push(address);
    this.bytes += data.byteLength;
  }

  /** The batch so far (emptying the batcher). */
  take(): DatagramBatch {
    const data = new ArrayBuffer(this.bytes);
    const view = new Uint8Array(data);
    const lengths = new Array<number>(this.chunks.length);
    let offset = 0;
    for (let i = 0; i < this.chunks.length; i++) {
      const c = this.chunks[i]!;
      view.set(c, offset);
      lengths[i] = c.byteLength;
      offset += c.byteLength;
    }
    const batch = { data, lengths, ports: this.ports, addresses: this.addresses };
    this.chunks = [];
    this.ports = [];
    this.addresses = [];
    this.bytes = 0;
    return batch;
  }
}

/** Calls `each` with every datagram of a batch, as a Buffer view into the batch's memory. */
export function forEachDatagram(batch: DatagramBatch, each: (data: Buffer, port: number, address: string) => void): void {
  let offset = 0;
  for (let i = 0; i < batch.lengths.length; i++) {
    const len = batch.lengths[i]!;
    each(Buffer.from(batch.data, offset, len), batch.ports[i]!, batch.addresses[i]!);
    offset += len;
  }
}

/**
 * Main thread -> I/O thread. `consumed`: bytes of received batches the main thread has handled
 * since it last said so (the thread holds at most its backlog limit of bytes not yet handled).
 */
export type ToUdpThread =
  | { kind: "send"; batch: DatagramBatch | null; firstSeq: number; consumed: number }
  /** From now on a request past the backlog bound is answered 503 (overload-reply.ts) instead of dropped. */
  | { kind: "overload-reply"; info: OverloadReplyInfo }
  /**
   * Stop reading the socket: the main thread reads it from a duplicate (udp-socket-share.ts). Once
   * every send so far has completed and what was read has been posted, the thread says "released".
   */
  | { kind: "release" }
  /** Read the socket again: the main thread stopped reading its duplicate. */
  | { kind: "receive" }
  | { kind: "close" };

/** A failed send, by its sequence number. */
export interface SendFailure {
  seq: number;
  code: string;
  message: string;
}

/** I/O thread -> main thread. */
export type FromUdpThread =
  /** `fd`: the socket's descriptor, for a duplicate on the main thread; null where it cannot be read. */
  | { kind: "bound"; address: string; port: number; fd: number | null }
  | { kind: "bind-failed"; code: string; message: string }
  | {
      kind: "io";
      /** Datagrams received since the last message, or null. */
      received: DatagramBatch | null;
      /** Every send up to this sequence number has completed (-1: none yet). */
      sentUpTo: number;
      failures: SendFailure[];
      /** Datagrams dropped since the last message because the main thread was too far behind. */
      dropped: number;
      /** Requests answered 503 by the thread since the last message, for the same reason. */
      rejected: number;
    }
  | { kind: "socket-error"; code: string; message: string }
  /** Reply to "release"; `ok` false: the thread could not stop reading and still does. */
  | { kind: "released"; ok: boolean }
  | { kind: "closed" };

/** The I/O thread's name in ps -L, top -H and /proc/<pid>/task/<tid>/comm (at most 15 bytes). */
export const UDP_THREAD_NAME = "sip-udp-io";
