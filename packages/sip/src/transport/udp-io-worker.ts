/**
 * The UDP I/O thread: owns the SIP UDP socket, so the system calls that send and receive datagrams
 * (on loopback a send also delivers to the receiver, about a third of the SIP work) run beside the
 * main thread instead of on it. What it received and how its sends failed go back in one message per
 * turn of its event loop; sends that succeeded are reported with the next such message, or shortly.
 * With sip_udp_thread auto the main thread may read and send on a duplicate of the socket for a
 * while: told "release", this thread stops reading (and says so once its sends are done) until
 * told "receive".
 */
import type { Socket as UdpSocket } from "node:dgram";
import { writeFileSync } from "node:fs";
import { parentPort, workerData, type MessagePort } from "node:worker_threads";
import { DatagramBatcher, forEachDatagram, UDP_THREAD_NAME, type FromUdpThread, type SendFailure, type ToUdpThread } from "./datagram-batch.js";
import { branchKey, overloadReply, type OverloadReplyInfo } from "./overload-reply.js";
import { bindUdpSocket, errorCode } from "./udp-socket.js";
import { setReceiving, socketFd } from "./udp-socket-share.js";

export interface UdpThreadData {
  host: string;
  port: number;
  /** Most bytes received and not yet handled by the main thread; more are dropped. */
  backlogBytes: number;
}

/**
 * How long a request's branch is remembered once the main thread has it: retransmissions come at
 * 0.5, 1.5 and 3.5 s (RFC 3261 17.1.2.2), and a request's answer rarely takes longer under load.
 */
const RECENT_MS = 4000;

/** Longest a successful send's completion waits for a message that goes anyway. */
const COMPLETIONS_REPORT_MS = 20;

class UdpIoThread {
  private readonly received = new DatagramBatcher();
  private failures: SendFailure[] = [];
  /** Every send up to here has completed; `ahead` holds those completed past a gap. */
  private sentUpTo = -1;
  /** The last sequence number handed to this thread to send. */
  private lastSeq = -1;
  /** "release" asked: "released" goes once every send so far has completed. */
  private releasing = false;
  private readonly ahead = new Set<number>();
  private reported = -1;
  private scheduled = false;
  /** Bytes posted to the main thread, and of those the bytes it reported handled. */
  private postedBytes = 0;
  private handledBytes = 0;
  private dropped = 0;
  private rejected = 0;
  /** Set by the main thread: past the bound a new request is answered 503 rather than dropped. */
  private overload: OverloadReplyInfo | null = null;
  /** Branch keys of the requests queued for the main thread (received, posted, not yet handled). */
  private readonly queued = new Map<string, number>();
  private receivedKeys: string[] = [];
  /** Posted batches not yet handled, oldest first: their end in posted bytes and their keys. */
  private readonly inFlight: Array<{ end: number; keys: string[] }> = [];
  /**
   * Keys of requests handed to the main thread in the last RECENT_MS or so (two generations): its
   * answer may still be on its way (a handler waiting on Redis or the bus), and a 503 to a
   * retransmission would end the client's transaction before it.
   */
  private recent = new Set<string>();
  private older = new Set<string>();
  private recentSince = Date.now();
  private completionsTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly socket: UdpSocket,
    private readonly port: MessagePort,
    private readonly backlogBytes: number,
  ) {
    socket.on("message", (data, rinfo) => {
      // The kernel's receive buffer bounded what waits for a busy main thread; this does now. A
      // response ends work the main thread started (a NOTIFY's transaction, its dialog lock) where
      // a request brings more: past the bound requests are turned away first (refuse), responses get
      // twice the room.
      const held = this.postedBytes - this.handledBytes + this.received.byteLength + data.length;
      if (held <= this.backlogBytes) this.accept(data, rinfo.port, rinfo.address);
      else if (isResponse(data)) {
        if (held > 2 * this.backlogBytes) this.dropped++;
        else this.received.add(data, rinfo.port, rinfo.address);
      } else this.refuse(data, rinfo.port, rinfo.address);
      this.schedule();
    });
    socket.on("error", (err) => this.post({ kind: "socket-error", code: errorCode(err), message: err.message }));
    port.on("message", (m: ToUdpThread) => this.onCommand(m));
  }

  private accept(data: Buffer, port: number, address: string): void {
    this.received.add(data, port, address);
    if (this.overload === null || isResponse(data)) return;
    const key = branchKey(data);
    if (key === null) return;
    this.receivedKeys.push(key);
    this.queued.set(key, (this.queued.get(key) ?? 0) + 1);
  }

  /**
   * A request past the bound. A retransmission of one still queued, or handed over in the last few
   * seconds, is dropped: the main thread answers the original, and a 503 now could end the
   * client's transaction before that answer.
   */
  private refuse(data: Buffer, port: number, address: string): void {
    const info = this.overload;
    const key = info === null ? null : branchKey(data);
    const retransmitted = key !== null && (this.queued.has(key) || this.recent.has(key) || this.older.has(key));
    const reply = info === null || retransmitted ? null : overloadReply(data, { transport: "UDP", address, port }, info, Math.random());
    if (reply === null) {
      this.dropped++;
      return;
    }
    this.rejected++;
    try {
      // A 503 that cannot be sent is lost as the request would have been: nothing waits for it.
      this.socket.send(reply.data, reply.target.port, reply.target.address, () => {});
    } catch {
      // A target dgram refuses outright (a port out of range): the same.
    }
  }

  /** The main thread handled `bytes` more of what was posted: the keys of those batches leave the queue. */
  private handled(bytes: number): void {
    this.handledBytes += bytes;
    if (this.inFlight.length === 0 || this.inFlight[0]!.end > this.handledBytes) return;
    const now = Date.now();
    if (now - this.recentSince >= RECENT_MS / 2) {
      this.older = this.recent;
      this.recent = new Set();
      this.recentSince = now;
    }
    while (this.inFlight.length > 0 && this.inFlight[0]!.end <= this.handledBytes) {
      for (const key of this.inFlight.shift()!.keys) {
        const n = this.queued.get(key)! - 1;
        if (n > 0) this.queued.set(key, n);
        else this.queued.delete(key);
        this.recent.add(key);
      }
    }
  }

  private onCommand(m: ToUdpThread): void {
    if (m.kind === "overload-reply") {
      this.overload = m.info;
      return;
    }
    if (m.kind === "release") {
      if (!setReceiving(this.socket, false)) {
        this.post({ kind: "released", ok: false });
        return;
      }
      this.releasing = true;
      this.releaseWhenSent();
      return;
    }
    if (m.kind === "receive") {
      // Cannot fail where "release" succeeded: the same handle.
      setReceiving(this.socket, true);
      return;
    }
    if (m.kind === "close") {
      this.socket.close(() => {
        this.flush(true);
        this.post({ kind: "closed" });
        this.port.close();
      });
      return;
    }
    if (m.consumed > 0) this.handled(m.consumed);
    if (!m.batch) return;
    let seq = m.firstSeq;
    this.lastSeq = m.firstSeq + m.batch.lengths.length - 1;
    forEachDatagram(m.batch, (data, port, address) => {
      const mine = seq++;
      const done = (err: Error | null) => {
        if (err) this.failures.push({ seq: mine, code: errorCode(err), message: err.message });
        this.completed(mine);
        this.schedule();
      };
      try {
        this.socket.send(data, port, address, done);
      } catch (err) {
        // A target dgram refuses outright (a port out of range): that send fails, the thread goes on.
        done(err instanceof Error ? err : new Error(String(err)));
      }
    });
  }

  /** Sends usually complete in order, but one refused outright completes before those queued. */
  private completed(seq: number): void {
    if (seq !== this.sentUpTo + 1) {
      this.ahead.add(seq);
      return;
    }
    this.sentUpTo = seq;
    while (this.ahead.delete(this.sentUpTo + 1)) this.sentUpTo++;
    if (this.releasing) this.releaseWhenSent();
  }

  /**
   * The main thread sends on its duplicate once released; a send of this thread still queued in
   * the socket could then leave after one of the main thread's that came later (a NOTIFY's CSeq
   * overtaken), so "released" waits for every send handed over before it.
   */
  private releaseWhenSent(): void {
    if (this.sentUpTo < this.lastSeq) return;
    this.releasing = false;
    this.flush(true);
    this.post({ kind: "released", ok: true });
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.flush();
    });
  }

  /** `force`: report completed sends even with nothing else to say (the timer, closing). */
  private flush(force = false): void {
    const news = this.received.size > 0 || this.failures.length > 0 || this.dropped > 0 || this.rejected > 0;
    if (!news && this.sentUpTo === this.reported) return;
    if (!news && !force) {
      // Only sends completed, and nothing waits on a UDP send that succeeded: the report rides along
      // with the next datagrams received, or goes within COMPLETIONS_REPORT_MS. A message of its own
      // would wake the main thread once more per batch of sends.
      this.completionsTimer ??= setTimeout(() => {
        this.completionsTimer = null;
        this.flush(true);
      }, COMPLETIONS_REPORT_MS);
      return;
    }
    if (this.completionsTimer) {
      clearTimeout(this.completionsTimer);
      this.completionsTimer = null;
    }
    const received = this.received.size > 0 ? this.received.take() : null;
    const message: FromUdpThread = { kind: "io", received, sentUpTo: this.sentUpTo, failures: this.failures, dropped: this.dropped, rejected: this.rejected };
    if (received) {
      this.postedBytes += received.data.byteLength;
      if (this.receivedKeys.length > 0) {
        this.inFlight.push({ end: this.postedBytes, keys: this.receivedKeys });
        this.receivedKeys = [];
      }
    }
    this.reported = this.sentUpTo;
    this.failures = [];
    this.dropped = 0;
    this.rejected = 0;
    this.post(message, received ? [received.data] : []);
  }

  private post(message: FromUdpThread, transfer: ArrayBuffer[] = []): void {
    this.port.postMessage(message, transfer);
  }
}

/** A SIP response starts with its version ("SIP/2.0 200 OK"); a request with its method. */
function isResponse(data: Buffer): boolean {
  return data.length > 4 && data[0] === 0x53 && data[1] === 0x49 && data[2] === 0x50 && data[3] === 0x2f;
}

/** Linux lets a thread rename itself; elsewhere, or when /proc is not mounted, it stays "node". */
function nameThread(name: string): void {
  try {
    writeFileSync("/proc/thread-self/comm", name);
  } catch {
    // Only the name tools show is lost.
  }
}

async function main(port: MessagePort, data: UdpThreadData): Promise<void> {
  nameThread(UDP_THREAD_NAME);
  let socket: UdpSocket;
  try {
    socket = await bindUdpSocket(data.host, data.port);
  } catch (err) {
    port.postMessage({ kind: "bind-failed", code: errorCode(err), message: err instanceof Error ? err.message : String(err) } satisfies FromUdpThread);
    port.close();
    return;
  }
  new UdpIoThread(socket, port, data.backlogBytes);
  const a = socket.address();
  port.postMessage({ kind: "bound", address: a.address, port: a.port, fd: socketFd(socket) } satisfies FromUdpThread);
}

if (parentPort) void main(parentPort, workerData as UdpThreadData);
