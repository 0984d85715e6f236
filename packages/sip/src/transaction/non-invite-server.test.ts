import { test } from "node:test";
import assert from "node:assert/strict";
import { ManualClock } from "./test-clock.js";
import { NonInviteServerMachine, type ServerTerminationCause } from "./non-invite-server.js";

interface Res {
  status: number;
  id: string;
}
const timers = { t1: 500, t2: 4000, t4: 5000 };

function setup(reliable: boolean) {
  const clock = new ManualClock();
  const sent: Array<{ id: string; retransmission: boolean; at: number }> = [];
  const ended: ServerTerminationCause[] = [];
  const m = new NonInviteServerMachine<Res>({
    clock,
    timers,
    reliable,
    send: (r, retransmission) => sent.push({ id: r.id, retransmission, at: clock.now() }),
    terminated: (c) => ended.push(c),
  });
  return { clock, sent, ended, m };
}

test("Trying absorbs retransmissions silently; Proceeding resends the last provisional", () => {
  const { m, sent } = setup(false);
  assert.equal(m.state, "Trying");
  assert.equal(m.requestRetransmitted(), null);
  assert.equal(sent.length, 0);
  assert.equal(m.respond({ status: 100, id: "p1" }), true);
  assert.equal(m.state, "Proceeding");
  assert.equal(m.respond({ status: 180, id: "p2" }), true);
  assert.equal(m.requestRetransmitted()?.id, "p2");
  assert.deepEqual(
    sent.map((s) => [s.id, s.retransmission]),
    [
      ["p1", false],
      ["p2", false],
      ["p2", true],
    ],
  );
});

test("Completed resends the final for every retransmission, ignores later responses, and Timer J = 64*T1 on UDP", () => {
  const { m, sent, ended, clock } = setup(false);
  assert.equal(m.respond({ status: 200, id: "ok" }), true);
  assert.equal(m.state, "Completed");
  for (let i = 0; i < 5; i++) assert.equal(m.requestRetransmitted()?.id, "ok");
  assert.equal(m.respond({ status: 500, id: "late" }), false);
  assert.equal(sent.filter((s) => s.id === "ok").length, 6);
  assert.equal(sent.some((s) => s.id === "late"), false);
  clock.advance(64 * 500 - 1);
  assert.equal(m.state, "Completed");
  clock.advance(1);
  assert.equal(m.state, "Terminated");
  assert.deepEqual(ended, ["timer-j"]);
  assert.equal(m.requestRetransmitted(), null);
  assert.equal(clock.armed, 0);
});

test("Timer J is zero on a reliable transport", () => {
  const { m, ended, clock } = setup(true);
  m.respond({ status: 404, id: "nf" });
  assert.equal(m.state, "Terminated");
  assert.deepEqual(ended, ["timer-j"]);
  assert.equal(clock.armed, 0);
});

test("a transaction the application never answers is abandoned after 64*T1", () => {
  const { m, ended, clock } = setup(false);
  m.respond({ status: 100, id: "trying" });
  clock.advance(64 * 500);
  assert.equal(m.state, "Terminated");
  assert.deepEqual(ended, ["abandoned"]);
  assert.equal(m.respond({ status: 200, id: "too-late" }), false);
});

test("a transport error terminates once", () => {
  const { m, ended, clock } = setup(false);
  m.respond({ status: 200, id: "ok" });
  m.transportError();
  m.terminate();
  assert.deepEqual(ended, ["transport-error"]);
  assert.equal(clock.armed, 0);
});
