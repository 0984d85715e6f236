/**
 * DESIGN invariants 1-4 under concurrency and a crash: 200 dialogs, publishers changing 50
 * presentities for 20 s, one notifier replica SIGKILLed midway and another started.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { pidf, Publisher, Subscriber, TestUa, type ReceivedNotify } from "../support/test-ua.js";
import { sleep } from "../support/test-server.js";
import { startTarget } from "../support/test-target.js";

const PRESENTITIES = 50;
const WATCHERS_PER_PRESENTITY = 4;
const DURATION_MS = Number(process.env.CHAOS_DURATION_MS ?? 20_000);

interface DialogLog {
  sub: Subscriber;
  presentity: number;
  /** CSeq of the NOTIFY still unanswered (the watcher answers after a delay), or null. */
  open: number | null;
  /** Highest CSeq answered at least once. */
  answered: number;
  overlaps: number;
}

test("chaos: CSeq order, no overlap, last state delivered, with a notifier killed", { timeout: 180_000 }, async (t) => {
  const target = await startTarget("distributed", {
    shape: { edges: 2, presentity: 2, subscription: 2, notifiers: 3 },
    overrides: { max_expires: 3600 },
  });
  const uas: TestUa[] = [];
  try {
    const dialogs = new Map<string, DialogLog>();
    // 20 watcher sockets, 10 dialogs each; every NOTIFY is answered after a short delay so that an
    // overlapping NOTIFY transaction on the same dialog would be seen.
    for (let i = 0; i < 20; i++) {
      const ua = await TestUa.open({ transport: "udp", serverPort: target.topology!.edges[i % 2]!.port, user: `w${i}` });
      ua.notifyDelayMs = 15;
      ua.notifyStatus = (req) => {
        const d = dialogs.get(req.callId);
        // A new NOTIFY (another CSeq) while the previous one was never answered is an overlap.
        // A retransmission of one already answered can cross our answer and opens nothing.
        const seq = req.cseq.seq;
        if (d && seq > d.answered && seq !== d.open) {
          if (d.open !== null) d.overlaps++;
          d.open = seq;
        }
        return 200;
      };
      ua.onNotifyAnswered = (req) => {
        const d = dialogs.get(req.callId);
        if (!d) return;
        d.answered = Math.max(d.answered, req.cseq.seq);
        if (d.open === req.cseq.seq) d.open = null;
      };
      uas.push(ua);
    }
    const aor = (p: number) => `sip:chaos${p}@example.com`;
    let n = 0;
    for (let p = 0; p < PRESENTITIES; p++) {
      for (let w = 0; w < WATCHERS_PER_PRESENTITY; w++) {
        const sub = new Subscriber(uas[n++ % uas.length]!, aor(p));
        dialogs.set(sub.callId, { sub, presentity: p, open: null, answered: 0, overlaps: 0 });
      }
    }
    // In batches, retrying a 503 as a phone would after Retry-After (the machine is shared).
    const all = [...dialogs.values()];
    for (let i = 0; i < all.length; i += 25) {
      await Promise.all(
        all.slice(i, i + 25).map(async (d) => {
          let status = 0;
          for (let attempt = 0; attempt < 5 && status !== 200; attempt++) {
            status = (await d.sub.subscribe(3600)).status;
            if (status === 503) await sleep(500);
          }
          assert.equal(status, 200);
        }),
      );
    }
    await Promise.all([...dialogs.values()].map((d) => d.sub.waitForNotify(() => true, 10_000)));
    t.diagnostic(`${dialogs.size} dialogs established`);

    const publishers = await Promise.all(
      Array.from({ length: 4 }, (_, i) => TestUa.open({ transport: "udp", serverPort: target.topology!.edges[i % 2]!.port, user: `pub${i}` })),
    );
    uas.push(...publishers);
    const last = new Map<number, string>();
    let published = 0;
    let rejected = 0;
    const stopAt = Date.now() + DURATION_MS;
    let killed = false;
    const chaos = (async () => {
      await sleep(DURATION_MS / 2);
      const victim = target.topology!.procs.find((p) => p.service === "notifier" && p.child.exitCode === null)!;
      await target.topology!.kill(victim, "SIGKILL");
      killed = true;
      t.diagnostic(`killed ${victim.name} at ${DURATION_MS / 2} ms`);
      await target.topology!.add("notifier");
      t.diagnostic("replacement notifier started");
    })();
    await Promise.all(
      Array.from({ length: PRESENTITIES }, async (_, p) => {
        const pub = new Publisher(publishers[p % publishers.length]!, aor(p));
        let seq = 0;
        while (Date.now() < stopAt) {
          const note = `p${p}-n${seq++}`;
          const r = await pub.publish(pidf(aor(p), "t", seq % 2 ? "open" : "closed", note), 3600).catch(() => null);
          if (r?.status === 200) {
            last.set(p, note);
            published++;
          } else {
            // A 503 while a replica died is allowed; the publication may still have been stored,
            // so the next PUBLISH must not reuse a stale ETag.
            rejected++;
            pub.etag = null;
          }
          await sleep(300 + Math.random() * 400);
        }
        // A refused PUBLISH may still have been stored; one accepted last word makes the expected
        // final state unambiguous.
        for (let attempt = 0; attempt < 20; attempt++) {
          const note = `p${p}-final`;
          const r = await pub.publish(pidf(aor(p), "t", "open", note), 3600).catch(() => null);
          if (r?.status === 200) {
            last.set(p, note);
            break;
          }
          pub.etag = null;
          await sleep(500);
        }
      }),
    );
    await chaos;
    assert.ok(killed);
    t.diagnostic(`${published} PUBLISH accepted, ${rejected} refused`);

    // Every dialog must end on the last state published for its presentity (coalescing is fine).
    const deadline = Date.now() + 30_000;
    const pending = () => [...dialogs.values()].filter((d) => !d.sub.notifies().at(-1)?.body.includes(`<note>${last.get(d.presentity)}</note>`));
    while (pending().length > 0 && Date.now() < deadline) await sleep(250);
    const stale = pending();
    if (stale.length > 0) {
      for (const proc of target.topology!.procs) {
        const bad = proc.lines.filter((l) => /"level":(4|5|6)0/.test(l));
        if (bad.length) t.diagnostic(`${proc.name}: ${bad.length} warnings/errors, last: ${bad.slice(-3).join(" | ")}`);
      }
      t.diagnostic(`last published of presentity ${stale[0]!.presentity}: ${last.get(stale[0]!.presentity)}`);
    }
    assert.equal(stale.length, 0, `${stale.length} dialogs did not receive their presentity's last state, e.g. ${stale[0]?.sub.notifies().at(-1)?.body}`);

    let total = 0;
    for (const d of dialogs.values()) {
      // UDP retransmissions repeat a NOTIFY with its branch; a new transaction has a new branch.
      const seen = new Set<string>();
      const txs = d.sub.notifies().filter((x: ReceivedNotify) => {
        const branch = x.request.via.branch ?? "";
        if (seen.has(branch)) return false;
        seen.add(branch);
        return true;
      });
      const seqs = txs.map((x) => x.request.cseq.seq);
      total += seqs.length;
      for (let i = 1; i < seqs.length; i++) assert.ok(seqs[i]! > seqs[i - 1]!, `dialog ${d.sub.callId}: CSeq ${seqs[i]} after ${seqs[i - 1]} (${seqs.join(",")})`);
      const timeline = () => d.sub.notifies().map((x) => `${x.at % 100000} cseq=${x.request.cseq.seq} ${x.request.via.branch?.slice(-6)} ${x.body.match(/<note>([^<]*)</)?.[1]}`).join("\n");
      assert.equal(d.overlaps, 0, `dialog ${d.sub.callId}: a NOTIFY arrived while the previous one was unanswered\n${timeline()}`);
    }
    t.diagnostic(`${total} NOTIFYs received over ${dialogs.size} dialogs`);
  } finally {
    for (const ua of uas) await ua.close();
    await target.dispose();
  }
});
