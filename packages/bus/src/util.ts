/** A copy, so a receiver never shares memory with the sender or the transport's buffers. */
export function copyBytes(data: Uint8Array): Uint8Array {
  return new Uint8Array(data);
}

/** Resolves when every promise settled or `ms` passed, whichever comes first. */
export async function settleWithin(promises: Iterable<Promise<unknown>>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
    timer.unref();
  });
  await Promise.race([Promise.allSettled([...promises]), deadline]);
  clearTimeout(timer);
}

/** Tracks running handler promises so a drain can wait for them. */
export class InFlight {
  private readonly running = new Set<Promise<unknown>>();

  get size(): number {
    return this.running.size;
  }

  add<T>(p: Promise<T>): Promise<T> {
    this.running.add(p);
    const remove = (): void => {
      this.running.delete(p);
    };
    p.then(remove, remove);
    return p;
  }

  wait(ms: number): Promise<void> {
    return settleWithin(this.running, ms);
  }
}

/** A promise plus its resolver, for "wake me when a slot frees up". */
export class Signal {
  private waiters: Array<() => void> = [];

  wait(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  fire(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const resolve of w) resolve();
  }
}

export function describeError(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}
