// nats.js writes what was published to the socket once per microtask checkpoint. Replies and
// requests made in separate I/O callbacks (one per SIP datagram, one per Redis reply) each became a
// socket write of their own; queued here and sent together once per event-loop turn, they leave
// in one write.

/** Runs queued sends together after the current I/O callbacks (setImmediate). */
export class WriteBatch {
  private queue: Array<() => void> = [];
  private scheduled = false;

  /** `send` runs later; it must handle its own errors. */
  add(send: () => void): void {
    this.queue.push(send);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(this.flush);
    }
  }

  /** Sends still queued. */
  get size(): number {
    return this.queue.length;
  }

  private readonly flush = (): void => {
    this.scheduled = false;
    const queue = this.queue;
    this.queue = [];
    for (const send of queue) send();
  };
}
