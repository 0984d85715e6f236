/**
 * The watcher side of the fan-out benchmark, run as a child process (see watcher-client.ts). One
 * UDP socket holds every subscription: it sends the SUBSCRIBEs, answers each NOTIFY with 200 and,
 * for NOTIFYs carrying the publisher's timestamp in the PIDF note, records the PUBLISH->NOTIFY delay.
 */
import { randomBytes } from "node:crypto";
import { createSocket, type RemoteInfo } from "node:dgram";
import { findHeader, okResponse, parseBenchNote, splitDatagram } from "./sip-text.js";
import { percentileOfSorted } from "./stats.js";
import type { WatcherCommand, WatcherEvent, WatcherStepStats } from "./watcher-protocol.js";

const sock = createSocket({ type: "udp4", recvBufferSize: 16 * 1024 * 1024, sendBufferSize: 16 * 1024 * 1024 });
let server = { host: "127.0.0.1", port: 5060 };
let localPort = 0;

// Wall clock with sub-millisecond resolution, the same clock sipp's gettimeofday reads.
const nowMs = (): number => performance.timeOrigin + performance.now();

interface PendingSubscribe {
  text: string;
  sentAt: number;
  tries: number;
  resolve: (ok: boolean) => void;
}
const pending = new Map<string, PendingSubscribe>();

class StepRecorder {
  delays = new Float64Array(1 << 16);
  arrivals = new Float64Array(1 << 16);
  count = 0;
  seen = new Set<string>();
  duplicates = 0;
  otherStep = 0;
  noNote = 0;
  terminated = 0;
  firstArrival = Number.POSITIVE_INFINITY;
  lastArrival = 0;
  minSentAt = Number.POSITIVE_INFINITY;
  maxSentAt = 0;
  notifiesTotal = 0;
  constructor(readonly step: string) {}

  add(delay: number, arrival: number, sentAt: number): void {
    if (this.count === this.delays.length) {
      const bigger = new Float64Array(this.delays.length * 2);
      bigger.set(this.delays);
      this.delays = bigger;
      const later = new Float64Array(this.arrivals.length * 2);
      later.set(this.arrivals);
      this.arrivals = later;
    }
    this.arrivals[this.count] = arrival;
    this.delays[this.count++] = delay;
    if (arrival < this.firstArrival) this.firstArrival = arrival;
    if (arrival > this.lastArrival) this.lastArrival = arrival;
    if (sentAt < this.minSentAt) this.minSentAt = sentAt;
    if (sentAt > this.maxSentAt) this.maxSentAt = sentAt;
  }

  /** NOTIFYs per second arriving while the publisher was sending (first to last timestamp). */
  rateDuringLoad(): number | null {
    const span = this.maxSentAt - this.minSentAt;
    if (this.count === 0 || span <= 0) return null;
    let inside = 0;
    for (let i = 0; i < this.count; i++) {
      const a = this.arrivals[i]!;
      if (a >= this.minSentAt && a <= this.maxSentAt) inside++;
    }
    return inside / (span / 1000);
  }

  stats(): WatcherStepStats {
    const sorted = this.delays.slice(0, this.count).sort();
    const finite = (x: number) => (Number.isFinite(x) && x > 0 ? x : null);
    return {
      step: this.step,
      unique: this.count,
      duplicates: this.duplicates,
      otherStep: this.otherStep,
      noNote: this.noNote,
      terminated: this.terminated,
      notifiesTotal: this.notifiesTotal,
      lateOver500Ms: this.count - countAtMost(sorted, 500),
      delayMs: {
        p50: percentileOfSorted(sorted, 50),
        p90: percentileOfSorted(sorted, 90),
        p99: percentileOfSorted(sorted, 99),
        max: this.count > 0 ? sorted[this.count - 1]! : null,
      },
      firstArrivalMs: finite(this.firstArrival),
      lastArrivalMs: finite(this.lastArrival),
      firstSentMs: finite(this.minSentAt),
      lastSentMs: finite(this.maxSentAt),
      notifyRateDuringLoad: this.rateDuringLoad(),
    };
  }
}
let recorder = new StepRecorder("");

/** How many of the sorted values are <= limit (binary search). */
function countAtMost(sorted: Float64Array, limit: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function send(text: string, host = server.host, port = server.port): void {
  sock.send(text, port, host);
}

function onNotify(text: string, rinfo: RemoteInfo, arrival: number): void {
  const req = splitDatagram(text);
  if (!req) return;
  send(okResponse(req), rinfo.address, rinfo.port);
  recorder.notifiesTotal++;
  const key = `${findHeader(req.headers, "call-id")} ${findHeader(req.headers, "cseq")}`;
  if (recorder.seen.has(key)) {
    recorder.duplicates++; // a retransmission: answered again, counted once
    return;
  }
  recorder.seen.add(key);
  if (/^terminated/i.test(findHeader(req.headers, "subscription-state") ?? "")) recorder.terminated++;
  const note = parseBenchNote(req.body);
  if (!note) {
    recorder.noNote++;
    return;
  }
  if (note.step !== recorder.step) {
    recorder.otherStep++;
    return;
  }
  recorder.add(arrival - note.sentAtMs, arrival, note.sentAtMs);
}

function onResponse(text: string): void {
  const res = splitDatagram(text);
  if (!res) return;
  const callId = findHeader(res.headers, "call-id");
  const p = callId ? pending.get(callId) : undefined;
  if (!p) return;
  const status = Number(res.startLine.slice(8, 11));
  if (status < 200) return;
  pending.delete(callId!);
  p.resolve(status >= 200 && status < 300);
}

sock.on("message", (buf, rinfo) => {
  const arrival = nowMs();
  const text = buf.toString("latin1");
  if (text.startsWith("SIP/2.0 ")) onResponse(text);
  else if (text.startsWith("NOTIFY ")) onNotify(text, rinfo, arrival);
});

const rnd = (n: number) => randomBytes(n).toString("hex");

function subscribeText(presentity: string, watcher: string, expires: number): { callId: string; text: string } {
  const callId = `${rnd(8)}@bench`;
  const text =
    `SUBSCRIBE sip:${presentity} SIP/2.0\r\n` +
    `Via: SIP/2.0/UDP 127.0.0.1:${localPort};branch=z9hG4bK${rnd(8)};rport\r\n` +
    `From: <sip:${watcher}>;tag=${rnd(6)}\r\n` +
    `To: <sip:${presentity}>\r\n` +
    `Call-ID: ${callId}\r\n` +
    `CSeq: 1 SUBSCRIBE\r\n` +
    `Contact: <sip:${watcher.split("@")[0]}@127.0.0.1:${localPort}>\r\n` +
    `Max-Forwards: 70\r\nEvent: presence\r\nAccept: application/pidf+xml\r\n` +
    `Expires: ${expires}\r\nContent-Length: 0\r\n\r\n`;
  return { callId, text };
}

// RFC 3261 17.1.2.2: retransmit at T1, doubling, until Timer F (here: a shorter give-up).
const retransmitTimer = setInterval(() => {
  const now = nowMs();
  for (const [callId, p] of pending) {
    if (now - p.sentAt < 500 * 2 ** (p.tries - 1)) continue;
    if (p.tries >= 6) {
      pending.delete(callId);
      p.resolve(false);
      continue;
    }
    p.tries++;
    p.sentAt = now;
    send(p.text);
  }
}, 100);

async function subscribeAll(presentities: string[], watchersPer: number, tag: string, expires: number, window: number): Promise<{ ok: number; failed: number }> {
  const jobs: Array<{ presentity: string; watcher: string }> = [];
  presentities.forEach((p, i) => {
    for (let j = 0; j < watchersPer; j++) jobs.push({ presentity: p, watcher: `fw${i}.${j}.${tag}@example.com` });
  });
  let ok = 0;
  let failed = 0;
  let next = 0;
  await new Promise<void>((done) => {
    let inFlight = 0;
    const pump = () => {
      while (inFlight < window && next < jobs.length) {
        const job = jobs[next++]!;
        const { callId, text } = subscribeText(job.presentity, job.watcher, expires);
        inFlight++;
        pending.set(callId, {
          text,
          sentAt: nowMs(),
          tries: 1,
          resolve: (success) => {
            inFlight--;
            if (success) ok++;
            else failed++;
            if (next >= jobs.length && inFlight === 0) done();
            else pump();
          },
        });
        send(text);
      }
      if (jobs.length === 0) done();
    };
    pump();
  });
  return { ok, failed };
}

function emit(ev: WatcherEvent): void {
  process.send?.(ev);
}

process.on("message", (msg: WatcherCommand) => {
  void (async () => {
    switch (msg.cmd) {
      case "init":
        server = { host: msg.host, port: msg.port };
        sock.bind(0, "127.0.0.1", () => {
          localPort = sock.address().port;
          emit({ ev: "ready", port: localPort });
        });
        break;
      case "subscribe": {
        const started = nowMs();
        const r = await subscribeAll(msg.presentities, msg.watchersPer, msg.tag, msg.expires, msg.window);
        emit({ ev: "subscribed", ok: r.ok, failed: r.failed, ms: nowMs() - started });
        break;
      }
      case "reset":
        recorder = new StepRecorder(msg.step);
        emit({ ev: "reset", step: msg.step });
        break;
      case "stats":
        emit({ ev: "stats", stats: recorder.stats() });
        break;
      case "close":
        clearInterval(retransmitTimer);
        sock.close();
        process.disconnect?.();
        break;
    }
  })();
});
process.on("disconnect", () => {
  clearInterval(retransmitTimer);
  try {
    sock.close();
  } catch {
    // already closed
  }
});
