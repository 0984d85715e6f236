import { Worker } from "node:worker_threads";
import { DatagramBatcher, forEachDatagram, UDP_THREAD_NAME, type FromUdpThread, type SendFailure, type ToUdpThread } from "./datagram-batch.js";
import type { OverloadReplyInfo } from "./overload-reply.js";
import type { UdpChannel, UdpChannelEvents } from "./udp-channel.js";
import type { UdpThreadData } from "./udp-io-worker.js";

interface PendingSend {
  resolve(): void;
  reject(err: Error): void;
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
 * reports it done.
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

  private constructor(
    private readonly worker: Worker,
    readonly address: string,
    readonly port: number,
    private readonly events: UdpChannelEvents,
  ) {
    worker.on("message", (m: FromUdpThread) => this.onMessage(m));
    worker.on("error", (err) => this.stop(err));
    worker.on("exit", (code) => this.stop(new Error(`UDP I/O thread exited (code ${code})`)));
  }

  /**
   * `backlogBytes`: most bytes of received datagrams waiting for this thread; the I/O thread drops
   * what comes beyond, as the kernel drops what overflows a socket's receive buffer.
   */
  static bind(host: string, port: number, events: UdpChannelEvents, backlogBytes = DEFAULT_BACKLOG_BYTES): Promise<ThreadedUdpChannel> {
    const data: UdpThreadData = { host, port, backlogBytes };
    const worker = startWorker(data);
    return new Promise((resolve, reject) => {
      const fail = (err: Error) => {
        void worker.terminate();
        reject(err);
      };
      worker.once("error", fail);
      worker.once("message", (m: FromUdpThread) => {
        worker.off("error", fail);
        if (m.kind === "bound") resolve(new ThreadedUdpChannel(worker, m.address, m.port, events));
        else if (m.kind === "bind-failed") fail(errnoError(m.message, m.code));
        else fail(new Error(`UDP I/O thread: unexpected ${m.kind} before binding`));
      });
    });
  }

  send(data: Buffer, port: number, address: string): Promise<void> {
    if (this.stopped) return Promise.reject(this.stopped);
    if (this.closed) return Promise.reject(new Error("UDP channel closed"));
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ resolve, reject });
      this.nextSeq++;
      this.out.add(data, port, address);
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        // Once the current callback and its microtasks are done: every send caused by one batch of
        // received datagrams leaves in one message, and none waits for the batches queued after it.
        process.nextTick(() => this.flush());
      }
    });
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
    this.flush();
    this.closed = new Promise<void>((resolve) => {
      if (this.stopped) return resolve();
      this.worker.once("exit", () => resolve());
      this.post({ kind: "close" });
    });
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
          forEachDatagram(m.received, (data, port, address) => this.events.datagram(data, address, port));
          this.handled(m.received.data.byteLength);
        }
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
    const open = this.pending;
    this.pending = [];
    this.base = this.nextSeq;
    for (const p of open) p.reject(err);
    if (!this.closed) this.events.error(err);
  }
}

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
