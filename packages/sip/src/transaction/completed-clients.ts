import type { Clock } from "./clock.js";
import { ExpiryTable, type Expiring } from "./expiry-table.js";

/**
 * The Completed state of the UDP non-invite client transactions (RFC 3261 17.1.2.2): for T4 after
 * its final response a transaction only absorbs retransmissions of that response. Keeping each
 * finished state machine, its closures and its Timer K for those 5 s made a fan-out of thousands of
 * NOTIFYs a second carry tens of thousands of live objects through every young-generation
 * collection; here each one is a key and a time.
 */
export class CompletedClients {
  private readonly table: ExpiryTable<Expiring>;

  constructor(
    private readonly clock: Clock,
    private readonly t4: number,
  ) {
    this.table = new ExpiryTable(clock);
  }

  /** Starts Timer K for the transaction with this key. */
  add(key: string): void {
    this.table.add({ key, at: this.clock.now() + this.t4 });
  }

  /** Whether a response with this key is a retransmission to absorb (Timer K still running). */
  has(key: string): boolean {
    return this.table.get(key) !== undefined;
  }

  get size(): number {
    return this.table.size;
  }

  clear(): void {
    this.table.clear();
  }
}
