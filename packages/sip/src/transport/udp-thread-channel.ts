import type { Socket as UdpSocket } from "node:dgram";
import { isIP } from "node:net";
import { performance, type EventLoopUtilization } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import { DatagramBatcher, forEachDatagram, UDP_THREAD_NAME, type FromUdpThread, type SendFailure, type ToUdpThread } from "./datagram-batch.js";
import type { OverloadReplyInfo } from "./overload-reply.js";
import type { UdpChannel, UdpChannelEvents } from "./udp-channel.js";
import type { UdpThreadData } from "./udp-io-worker.js";
import { UDP_READER_SAMPLE_MS, UdpReaderGovernor, type UdpReader, type UdpReaderGovernorOptions } from "./udp-reader-governor.js";
import { answerLiteralsAtOnce, duplicateSocket, setReceiving } from "./udp-socket-share.js";

interface PendingSend {
  resolve(): void;
  reject(err: Error): void;
}

/** A send made while the reader changes, sent by the new one. */
interface HeldSend extends PendingSend {
  data: Buffer;
  port: number;
  address: string;
}

export interface ThreadedUdpChannelOptions {
  /**
   * Most bytes of received datagrams waiting for this thread; past it the I/O thread answers new
   * requests 503 and drops what else comes, as the kernel drops what overflows a receive buffer.
   */
  backlogBytes?: number;
  /**
   * Let the main thread read and send on a duplicate of the socket while it is lightly loaded
   * (udp-reader-governor.ts); true for the default thresholds. Off: the I/O thread always does.
   */
  autoReader?: boolean | UdpReaderGovernorOptions;
  /** How often the main thread's utilization is sampled for autoReader (ms). */
  autoReaderSampleMs?: number;
}

/** A send the I/O thread could not complete, with the socket's errno code. */
export class UdpSendError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = "UdpSendError";
  }
}

/**
 * The I/O thread, from its module beside this one: JavaScript in dist; under tsx (tests, `--server-from
 * src`) the TypeScript module, loaded after registering tsx in the thread, whose loader hooks the
 * thread does not inherit.
 */
function startWorker(data: UdpThreadData): Worker {
  const options = { workerData: data, name: UDP_THREAD_NAME };
  if (!import.meta.url.endsWith(".ts")) return new Worker(new URL("./udp-io-worker.js", import.meta.url), options);
  const tsx = import.meta.resolve("tsx/esm/api");
  const module = new URL("./udp-io-worker.ts", import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(module)}); });`;
  return new Worker(boot, { ...options, eval: true });
}

/**
 * The UDP socket on its own thread (udp-io-worker.ts). The sends one callback causes (with its
 * microtasks) leave in one message to the thread; each send's promise settles when the thread
 * reports it done. With autoReader the main thread reads and sends on a duplicate of the socket
 * while it has time to spare, and gives the socket back to the I/O thread when it has not.
 */
export class ThreadedUdpChannel implements UdpChannel {
  private readonly out = new DatagramBatcher();
  private flushScheduled = false;
  /** Pending sends in sequence order; pending[i] has sequence number base + i. */
  private pending: PendingSend[] = [];
  private base = 0;
  private nextSeq = 0;
  private stopped: Error | null = null;
  private closed: Promise<void> | null = null;
  /** Bytes of received batches handled and not yet reported to the thread. */
  private consumed = 0;
  private consumedTimer: NodeJS.Timeout | null = null;

  /** Who reads the socket now; while `switching`, sends wait in `held` for the new reader. */
  private current: UdpReader = "thread";
  private switching: "to-main" | "to-thread" | null = null;
  private held: HeldSend[] = [];
  /** The main thread's duplicate of the socket, made the first time it reads. */
  private direct: UdpSocket | null = null;
  private directPending = 0;
  /** The duplication under way: close() waits for it, so that the child's copy is gone too. */
  private duplication: Promise<boolean> | null = null;
  private governor: UdpReaderGovernor | null = null;
  private sampler: NodeJS.Timeout | null = null;
  private lastElu: EventLoopUtilization | null = null;
  private switchUtilization = 0;
  /** Resolves switchReader("main") once the thread said "released". */
  private afterRelease: ((reader: UdpReader) => void) | null = null;
  /** Datagrams read so far by each thread. */
  readonly readBy: Record<UdpReader, number> = { thread: 0, main: 0 };

  private constructor(
    private readonly worker: Worker,
    readonly address: string,
    readonly port: number,
    private readonly fd: number | null,
    private readonly events: UdpChannelEvents,
    opts: ThreadedUdpChannelOptions,
  ) {
    worker.on("message", (m: FromUdpThread) => this.onMessage(m));
    worker.on("error", (err) => this.stop(err));
    worker.on("exit", (code) => this.stop(new Error(`UDP I/O thread exited (code ${code})`)));
    if (opts.autoReader) this.startGovernor(opts.autoReader === true ? undefined : opts.autoReader, opts.autoReaderSampleMs ?? UDP_READER_SAMPLE_MS);
  }

  static bind(host: string, port: number, events: UdpChannelEvents, opts: ThreadedUdpChannelOptions = {}): Promise<ThreadedUdpChannel> {
    const data: UdpThreadData = { host, port, backlogBytes: opts.backlogBytes ?? DEFAULT_BACKLOG_BYTES };
    const worker = startWorker(data);
    return new Promise((resolve, reject) => {
      const fail = (err: Error) => {
        void worker.terminate();
        reject(err);
      };
      worker.once("error", fail);
      worker.once("message", (m: FromUdpThread) => {
        worker.off("error", fail);
        if (m.kind === "bound") resolve(new ThreadedUdpChannel(worker, m.address, m.port, m.fd, events, opts));
        else if (m.kind === "bind-failed") fail(errnoError(m.message, m.code));
        else fail(new Error(`UDP I/O thread: unexpected ${m.kind} before binding`));
      });
    });
  }

  send(data: Buffer, port: number, address: string): Promise<void> {
    if (this.stopped) return Promise.reject(this.stopped);
    if (this.closed) return Promise.reject(new Error("UDP channel closed"));
    return new Promise<void>((resolve, reject) => {
      // A send made while the reader changes waits for the new one, so that it cannot overtake
      // one made before on the other thread.
      if (this.switching !== null) this.held.push({ data, port, address, resolve, reject });
      else if (this.current === "main") this.sendDirect(data, port, address, resolve, reject);
      else this.sendOnThread(data, port, address, resolve, reject);
    });
  }

  /** Who reads the socket now: the I/O thread, or the main thread on its duplicate. */
  get reader(): UdpReader {
    return this.current;
  }

  private sendOnThread(data: Buffer, port: number, address: string, resolve: () => void, reject: (err: Error) => void): void {
    this.pending.push({ resolve, reject });
    this.nextSeq++;
    this.out.add(data, port, address);
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      // Once the current callback and its microtasks are done: every send caused by one batch of
      // received datagrams leaves in one message, and none waits for the batches queued after it.
      process.nextTick(() => this.flush());
    }
  }

  private sendDirect(data: Buffer, port: number, address: string, resolve: () => void, reject: (err: Error) => void): void {
    if (this.direct === null) {
      reject(this.stopped ?? new Error("UDP channel closed"));
      return;
    }
    this.directPending++;
    const done = (err: Error | null): void => {
      this.directPending--;
      if (err) reject(err);
      else resolve();
      if (this.directPending === 0 && this.switching === "to-thread") this.finishToThread();
    };
    try {
      this.direct.send(data, port, address, done);
    } catch (err) {
      // A target dgram refuses outright (a port out of range): that send fails.
      done(err instanceof Error ? err : new Error(String(err)));
    }
  }

  /**
   * Switches the reader now, whatever the load (the governor calls this; tests too). Resolves
   * with the reader once the switch is done or refused.
   */
  async switchReader(to: UdpReader): Promise<UdpReader> {
    if (this.stopped || this.closed || to === this.current) return this.current;
    if (this.switching !== null || this.duplication !== null) return this.current;
    if (to === "thread") {
      this.toThread();
      return this.current;
    }
    if (this.direct === null) {
      this.duplication = this.duplicate();
      const ok = await this.duplication;
      this.duplication = null;
      if (!ok) return this.current;
    }
    if (this.stopped || this.closed || this.switching !== null || this.current === "main") return this.current;
    return new Promise<UdpReader>((resolve) => {
      this.afterRelease = resolve;
      this.beginRelease();
    });
  }

  private startGovernor(opts: UdpReaderGovernorOptions | undefined, sampleMs: number): void {
    if (this.fd === null) {
      this.events.readerUnavailable?.(new Error(NO_FD));
      return;
    }
    this.governor = new UdpReaderGovernor("thread", opts);
    this.lastElu = performance.eventLoopUtilization();
    this.sampler = setInterval(() => this.sample(), sampleMs);
    this.sampler.unref();
  }

  private sample(): void {
    const now = performance.eventLoopUtilization();
    const utilization = performance.eventLoopUtilization(now, this.lastElu ?? undefined).utilization;
    this.lastElu = now;
    if (this.governor === null || this.switching !== null || this.duplication !== null) return;
    const want = this.governor.sample(utilization);
    if (want === null) return;
    this.switchUtilization = utilization;
    void this.switchReader(want).then((reader) => this.governor?.settled(reader));
  }

  /** The first switch to the main thread: a duplicate of the socket, not reading until released. */
  private async duplicate(): Promise<boolean> {
    try {
      if (this.fd === null) throw new Error(NO_FD);
      const socket = await duplicateSocket(this.fd, isIP(this.address) === 6 ? "udp6" : "udp4");
      // It reads only once the I/O thread has released the socket.
      if (socket.address().port !== this.port) {
        socket.close();
        throw new Error("the duplicated UDP socket is on another port");
      }
      if (this.stopped || this.closed) {
        socket.close();
        return false;
      }
      answerLiteralsAtOnce(socket);
      socket.on("message", (data, rinfo) => {
        this.readBy.main++;
        this.events.datagram(data, rinfo.address, rinfo.port);
      });
      socket.on("error", (err) => this.events.error(err));
      this.direct = socket;
      return true;
    } catch (err) {
      // The I/O thread keeps the socket for good: no further attempts.
      this.stopGovernor();
      this.events.readerUnavailable?.(err instanceof Error ? err : new Error(String(err)));
      return false;
    }
  }

  /** Sends made so far leave first; the thread stops reading and says "released". */
  private beginRelease(): void {
    this.flush();
    this.switching = "to-main";
    this.post({ kind: "release" });
  }

  private onReleased(ok: boolean): void {
    const resolve = this.afterRelease;
    this.afterRelease = null;
    if (this.stopped || this.closed || this.direct === null) {
      resolve?.(this.current);
      return;
    }
    if (ok && setReceiving(this.direct, true)) {
      this.current = "main";
      this.switching = null;
      this.events.readerChanged?.("main", this.switchUtilization);
      for (const h of this.takeHeld()) this.sendDirect(h.data, h.port, h.address, h.resolve, h.reject);
    } else {
      if (ok) this.post({ kind: "receive" });
      this.switching = null;
      this.stopGovernor();
      this.events.readerUnavailable?.(new Error(ok ? "the duplicated UDP socket cannot read" : "the UDP I/O thread cannot stop reading"));
      for (const h of this.takeHeld()) this.sendOnThread(h.data, h.port, h.address, h.resolve, h.reject);
    }
    resolve?.(this.current);
  }

  /** The main thread stops reading at once; its sends still in the socket complete before the thread sends. */
  private toThread(): void {
    setReceiving(this.direct!, false);
    this.post({ kind: "receive" });
    this.current = "thread";
    this.events.readerChanged?.("thread", this.switchUtilization);
    if (this.directPending > 0) this.switching = "to-thread";
  }

  private finishToThread(): void {
    this.switching = null;
    for (const h of this.takeHeld()) this.sendOnThread(h.data, h.port, h.address, h.resolve, h.reject);
  }

  private takeHeld(): HeldSend[] {
    const held = this.held;
    this.held = [];
    return held;
  }

  private stopGovernor(): void {
    if (this.sampler) clearInterval(this.sampler);
    this.sampler = null;
    this.governor = null;
  }

  answerOverload(info: OverloadReplyInfo): void {
    if (this.stopped || this.closed) return;
    this.post({ kind: "overload-reply", info });
  }

  get working(): boolean {
    return this.stopped === null && this.closed === null;
  }

  close(): Promise<void> {
    if (this.closed) return this.closed;
    this.stopGovernor();
    // Sends held for a switch go out through the thread, which sends before it closes.
    this.switching = null;
    for (const h of this.takeHeld()) this.sendOnThread(h.data, h.port, h.address, h.resolve, h.reject);
    this.flush();
    const direct = this.direct;
    this.direct = null;
    // A duplicate still being made is closed as it arrives (duplicate() sees `closed`).
    const duplicated = this.duplication ?? Promise.resolve(false);
    const directClosed = direct ? new Promise<void>((resolve) => direct.close(() => resolve())) : duplicated.then(() => undefined);
    this.closed = new Promise<void>((resolve) => {
      if (this.stopped) return resolve();
      this.worker.once("exit", () => resolve());
      this.post({ kind: "close" });
    }).then(() => directClosed);
    return this.closed;
  }

  private flush(): void {
    this.flushScheduled = false;
    if (this.consumedTimer) {
      clearTimeout(this.consumedTimer);
      this.consumedTimer = null;
    }
    if ((this.out.size === 0 && this.consumed === 0) || this.stopped) return;
    const firstSeq = this.nextSeq - this.out.size;
    const batch = this.out.size > 0 ? this.out.take() : null;
    const consumed = this.consumed;
    this.consumed = 0;
    this.post({ kind: "send", batch, firstSeq, consumed }, batch ? [batch.data] : []);
  }

  /** Handled bytes ride along with the next sends; without any, a timer reports them. */
  private handled(bytes: number): void {
    this.consumed += bytes;
    if (this.flushScheduled || this.consumedTimer) return;
    this.consumedTimer = setTimeout(() => {
      this.consumedTimer = null;
      this.flush();
    }, CONSUMED_REPORT_MS);
    this.consumedTimer.unref();
  }

  private post(message: ToUdpThread, transfer: ArrayBuffer[] = []): void {
    this.worker.postMessage(message, transfer);
  }

  private onMessage(m: FromUdpThread): void {
    switch (m.kind) {
      case "io":
        if (m.failures.length > 0) this.fail(m.failures);
        this.settle(m.sentUpTo);
        if (m.dropped > 0) this.events.dropped?.(m.dropped);
        if (m.rejected > 0) this.events.rejected?.(m.rejected);
        if (m.received) {
          this.readBy.thread += m.received.lengths.length;
          forEachDatagram(m.received, (data, port, address) => this.events.datagram(data, address, port));
          this.handled(m.received.data.byteLength);
        }
        return;
      case "released":
        this.onReleased(m.ok);
        return;
      case "socket-error":
        this.events.error(errnoError(m.message, m.code));
        return;
      case "closed":
        this.stop(new Error("UDP socket closed"));
        return;
      default:
        return;
    }
  }

  private fail(failures: SendFailure[]): void {
    for (const f of failures) {
      const p = this.pending[f.seq - this.base];
      if (!p) continue;
      p.reject(new UdpSendError(f.message, f.code));
      // Settled: the later settle() skips it.
      this.pending[f.seq - this.base] = SETTLED;
    }
  }

  private settle(upTo: number): void {
    const n = upTo - this.base + 1;
    if (n <= 0) return;
    const done = this.pending.splice(0, n);
    this.base += n;
    for (const p of done) p.resolve();
  }

  /** The thread is gone: every send still open fails, and so does every later one. */
  private stop(err: Error): void {
    if (this.stopped) return;
    this.stopped = err;
    if (this.consumedTimer) clearTimeout(this.consumedTimer);
    this.stopGovernor();
    // The duplicate alone would keep a channel that no longer answers overload or reads after a switch.
    this.direct?.close();
    this.direct = null;
    const open = [...this.pending, ...this.takeHeld()];
    this.pending = [];
    this.base = this.nextSeq;
    this.afterRelease?.(this.current);
    this.afterRelease = null;
    for (const p of open) p.reject(err);
    if (!this.closed) this.events.error(err);
  }
}

const NO_FD = "the UDP socket's descriptor cannot be read in this Node.js";

const SETTLED: PendingSend = { resolve() {}, reject() {} };

/** A socket error that crossed from the thread: its message and errno code, as Node reports them. */
function errnoError(message: string, code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code });
}

/** As much as the 4 MB kernel receive buffer the socket asks for (udp-socket.ts). */
const DEFAULT_BACKLOG_BYTES = 4 * 1024 * 1024;
/**
 * How soon handled bytes are reported when no send carries them. Not sooner: each report wakes the
 * thread, and at the backlog limit's scale a tenth of a second of slack does not matter.
 */
const CONSUMED_REPORT_MS = 100;
