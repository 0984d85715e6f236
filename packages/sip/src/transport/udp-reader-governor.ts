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
  /** Utilization below which the main thread takes the socket back. */
  toMainBelow: number;
  /** Consecutive samples below it before it does. */
  toMainSamples: number;
}

/**
 * With samples every 100 ms: the I/O thread reads within a quarter of a second of the main thread
 * passing 70 % busy (a flood arriving while the main thread reads fills the kernel's buffer in
 * about that time), and the main thread reads again after 3 s under 40 %. Reading on the main thread adds
 * about 15 % to its utilization at the same load (the system calls it takes back), so a load just
 * under the upper threshold on the I/O thread does not bring the main thread past it again.
 */
export const DEFAULT_UDP_READER_GOVERNOR: UdpReaderGovernorOptions = {
  toThreadAbove: 0.7,
  toThreadSamples: 2,
  toMainBelow: 0.4,
  toMainSamples: 30,
};

export const UDP_READER_SAMPLE_MS = 100;

export class UdpReaderGovernor {
  private above = 0;
  private below = 0;

  constructor(
    private reader: UdpReader,
    private readonly opts: UdpReaderGovernorOptions = DEFAULT_UDP_READER_GOVERNOR,
  ) {
    if (!(opts.toMainBelow < opts.toThreadAbove)) throw new RangeError("toMainBelow must be below toThreadAbove");
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
    this.below = utilization < this.opts.toMainBelow ? this.below + 1 : 0;
    return this.below >= this.opts.toMainSamples ? "main" : null;
  }

  /** The switch happened (or was refused: pass the reader that stays); counting starts over. */
  settled(reader: UdpReader): void {
    this.reader = reader;
    this.above = 0;
    this.below = 0;
  }
}
