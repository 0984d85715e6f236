import { test } from "node:test";
import assert from "node:assert/strict";
import { ManualClock } from "./test-clock.js";
import { NonInviteClientMachine, type ClientOutcome } from "./non-invite-client.js";

interface Res {
  status: number;
}
const timers = { t1: 500, t2: 4000, t4: 5000 };

function setup(reliable: boolean) {
  const clock = new ManualClock();
  const sends: number[] = [];
  const outcomes: Array<ClientOutcome<Res>> = [];
  const provisionals: number[] = [];
  let terminated = 0;
  const m = new NonInviteClientMachine<Res>({
    clock,
    timers,
    reliable,
    send: () => sends.push(clock.now()),
    provisional: (r) => provisionals.push(r.status),
    done: (o) => outcomes.push(o),
    terminated: () => terminated++,
  });
  return { clock, sends, outcomes, provisionals, m, terminated: () => terminated };
}

test("Timer E doubles from T1 up to T2 in Trying, and Timer F times out at 64*T1", () => {
  const { m, clock, sends, outcomes, terminated } = setup(false);
  m.start();
  clock.advance(64 * 500 - 1);
  assert.deepEqual(sends.slice(0, 7), [0, 500, 1500, 3500, 7500, 11500, 15500]);
  assert.ok(sends.slice(4).every((t, i, a) => i === 0 || t - a[i - 1]! === 4000), "capped at T2");
  assert.equal(outcomes.length, 0);
  clock.advance(1);
  assert.deepEqual(outcomes, [{ kind: "timeout" }]);
  assert.equal(m.state, "Terminated");
  assert.equal(terminated(), 1);
  assert.equal(clock.armed, 0);
});

test("over UDP a transaction answered before T1 arms one timer (F waits for E's first firing)", () => {
  const { m, clock, sends, outcomes } = setup(false);
  m.start();
  assert.equal(clock.armed, 1);
  clock.advance(499);
  assert.equal(m.receive({ status: 200 }), true);
  assert.equal(outcomes.length, 1);
  assert.equal(clock.armed, 1, "Timer K only");
  assert.deepEqual(sends, [0]);
});

test("Timer F keeps its 64*T1 from the start when Timer E fires late", () => {
  const clock = new ManualClock();
  const outcomes: Array<ClientOutcome<Res>> = [];
  let late = true;
  const m = new NonInviteClientMachine<Res>({
    clock: {
      now: () => clock.now(),
      // The first Timer E fires 3 s late (a stalled event loop); F must not move with it.
      schedule: (ms, fn) => {
        const delay = late ? ms + 3000 : ms;
        late = false;
        return clock.schedule(delay, fn);
      },
    },
    timers,
    reliable: false,
    send: () => undefined,
    done: (o) => outcomes.push(o),
    terminated: () => undefined,
  });
  m.start();
  clock.advance(64 * 500 - 1);
  assert.equal(outcomes.length, 0);
  clock.advance(1);
  assert.deepEqual(outcomes, [{ kind: "timeout" }]);
});

test("a provisional response moves to Proceeding where retransmissions go at T2", () => {
  const { m, clock, sends, provisionals } = setup(false);
  m.start();
  clock.advance(600); // one retransmission at 500, next due at 1500
  assert.equal(m.receive({ status: 100 }), true);
  assert.equal(m.state, "Proceeding");
  assert.deepEqual(provisionals, [100]);
  clock.advance(1500 - 600 + 2 * 4000);
  assert.deepEqual(sends, [0, 500, 1500, 5500, 9500]);
});

test("a final response completes, Timer K = T4 absorbs retransmitted responses", () => {
  const { m, clock, sends, outcomes, terminated } = setup(false);
  m.start();
  clock.advance(500);
  assert.equal(m.receive({ status: 202 }), true);
  assert.deepEqual(outcomes, [{ kind: "response", response: { status: 202 } }]);
  assert.equal(m.state, "Completed");
  assert.equal(m.receive({ status: 202 }), false, "retransmission absorbed");
  clock.advance(5000 - 1);
  assert.equal(m.state, "Completed");
  assert.equal(sends.length, 2, "no retransmission after the final response");
  clock.advance(1);
  assert.equal(m.state, "Terminated");
  assert.equal(terminated(), 1);
  assert.equal(outcomes.length, 1);
});

test("reliable transport: no retransmissions, Timer K zero, Timer F still applies", () => {
  const a = setup(true);
  a.m.start();
  a.clock.advance(64 * 500 - 1);
  assert.deepEqual(a.sends, [0]);
  a.clock.advance(1);
  assert.deepEqual(a.outcomes, [{ kind: "timeout" }]);

  const b = setup(true);
  b.m.start();
  b.m.receive({ status: 200 });
  assert.equal(b.m.state, "Terminated");
  assert.equal(b.clock.armed, 0);
});

test("a transport error is reported once as the outcome", () => {
  const { m, clock, outcomes } = setup(false);
  m.start();
  const err = new Error("unreachable");
  m.transportError(err);
  m.transportError(err);
  clock.advance(64 * 500);
  assert.deepEqual(outcomes, [{ kind: "transport-error", error: err }]);
  assert.equal(m.state, "Terminated");
});
