import { RecentMap } from "@presence/core";

/**
 * The edge's last line for DESIGN invariants 1 and 2: NOTIFYs of one dialog (Call-ID) leave this
 * edge one at a time and in CSeq order. The notifiers' dialog lock already serializes them; this
 * also holds when a lock lapsed under extreme load (an owner starved past its lease while its
 * NOTIFY was still open). The CSeq is the fencing token: one lower than a CSeq already sent on the
 * dialog is stale and is not sent.
 */
export type SequencedResult<T> = { sent: true; value: T } | { sent: false; supersededBy: number };

interface DialogSlot {
  last: number;
  tail: Promise<void>;
}

export class NotifySequencer {
  private readonly dialogs: RecentMap<string, DialogSlot>;

  /** `limit`: dialogs remembered at least (the most recently used; at most twice as many). */
  constructor(limit = 200_000) {
    this.dialogs = new RecentMap(limit);
  }

  async run<T>(dialog: string, cseq: number, send: () => Promise<T>): Promise<SequencedResult<T>> {
    let slot = this.dialogs.get(dialog);
    if (!slot) {
      slot = { last: 0, tail: Promise.resolve() };
      this.dialogs.set(dialog, slot);
    }

    const previous = slot.tail;
    let release!: () => void;
    slot.tail = new Promise<void>((r) => (release = r));
    try {
      await previous;
      // RFC 3261 12.2.1.1: CSeq numbers within a dialog strictly increase.
      if (cseq <= slot.last) return { sent: false, supersededBy: slot.last };
      slot.last = cseq;
      return { sent: true, value: await send() };
    } finally {
      release();
    }
  }
}
