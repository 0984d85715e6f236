/**
 * Which thread reads the UDP socket. The I/O thread lets a second core take the system calls,
 * which raises the request rate a busy server sustains by a third or more; but every hand-over to
 * the main thread and every wake-up of the I/O thread costs CPU, so below that load the main
 * thread reading the socket itself costs 20 to 30 % less per NOTIFY (docs/benchmark.md, machine
 * 16). The governor decides from the main thread's event-loop utilization: quick to hand the
 * socket to the I/O thread when the main thread fills, slow to take it back.
 */
export type UdpReader = "thread" | "main";

export interface UdpReaderGovernorOptions {
  /** Main-thread utilization (0..1) above which the I/O thread takes the socket. */
  toThreadAbove: number;
  /** Consecutive samples above it before it does. */
  toThreadSamples: number;
  /** Mean utilization over the last toMainSamples samples below which the main thread takes the socket back. */
  toMainBelow: number;
  /** Samples in that mean. */
  toMainSamples: number;
}

/**
 * With samples every 100 ms: the I/O thread reads within a quarter of a second of the main thread
 * passing 70 % busy (a flood arriving while the main thread reads fills the kernel's buffer in
 * about that time), and the main thread reads again once it was under 45 % busy on average over
 * 3 s. A mean rather than every sample: single 100 ms samples of a steady load scatter by a third
 * around it (bursts, collector pauses), so loads averaging 27 to 45 % kept the I/O thread through
 * whole 15 to 30 s steps (docs/benchmark.md, machine 18). Reading on the main thread adds up to
 * 15 % to its utilization at the same load (the system calls it takes back, less the hand-overs it
 * no longer makes), so a load just under the lower threshold does not bring the main thread past
 * the upper one.
 */
export const DEFAULT_UDP_READER_GOVERNOR: UdpReaderGovernorOptions = {
  toThreadAbove: 0.7,
  toThreadSamples: 2,
  toMainBelow: 0.45,
  toMainSamples: 30,
};

export const UDP_READER_SAMPLE_MS = 100;

export class UdpReaderGovernor {
  private above = 0;
  /** The last toMainSamples samples while the I/O thread reads (a ring) and their sum. */
  private readonly recent: number[] = [];
  private next = 0;
  private sum = 0;

  constructor(
    private reader: UdpReader,
    private readonly opts: UdpReaderGovernorOptions = DEFAULT_UDP_READER_GOVERNOR,
  ) {
    if (!(opts.toMainBelow < opts.toThreadAbove)) throw new RangeError("toMainBelow must be below toThreadAbove");
    if (!(opts.toMainSamples >= 1 && opts.toThreadSamples >= 1)) throw new RangeError("sample counts must be at least 1");
  }

  get current(): UdpReader {
    return this.reader;
  }

  /** One utilization sample; the reader to switch to, or null to keep the current one. */
  sample(utilization: number): UdpReader | null {
    if (this.reader === "main") {
      this.above = utilization > this.opts.toThreadAbove ? this.above + 1 : 0;
      return this.above >= this.opts.toThreadSamples ? "thread" : null;
    }
    if (this.recent.length < this.opts.toMainSamples) this.recent.push(utilization);
    else {
      this.sum -= this.recent[this.next]!;
      this.recent[this.next] = utilization;
      this.next = (this.next + 1) % this.opts.toMainSamples;
    }
    this.sum += utilization;
    const full = this.recent.length === this.opts.toMainSamples;
    return full && this.sum / this.opts.toMainSamples < this.opts.toMainBelow ? "main" : null;
  }

  /** The switch happened (or was refused: pass the reader that stays); counting starts over. */
  settled(reader: UdpReader): void {
    this.reader = reader;
    this.above = 0;
    this.recent.length = 0;
    this.next = 0;
    this.sum = 0;
  }
}
