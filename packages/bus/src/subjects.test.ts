import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { patternsOverlap } from "./memory-stream.js";
import { BusError, busNames, DEFAULT_PREFIX, eventsStreamOptions } from "./mod.js";
import { subjectMatches } from "./subjects.js";

describe("subject names", () => {
  it("derives every subject and the stream name from the prefix", () => {
    const n = busNames();
    assert.equal(n.prefix, DEFAULT_PREFIX);
    assert.equal(n.presentityPublish, "presence.v1.presentity.publish");
    assert.equal(n.subscriptionSubscribe, "presence.v1.subscription.subscribe");
    assert.equal(n.eventsPresentity, "presence.v1.events.presentity");
    assert.equal(n.eventsSubscription, "presence.v1.events.subscription");
    assert.equal(n.eventsNotifyReply, "presence.v1.events.notify-reply");
    assert.equal(n.eventsPublication, "presence.v1.events.publication");
    assert.equal(n.edgeNotify("edge-7f9c"), "presence.v1.edge.edge-7f9c.notify");
    assert.equal(n.edgeAnyNotify, "presence.v1.edge.any.notify");
    assert.equal(n.edgeNotifyBatch("edge-7f9c"), "presence.v1.edge.edge-7f9c.notify-batch");
    assert.equal(n.edgeAnyNotifyBatch, "presence.v1.edge.any.notify-batch");
    assert.equal(n.eventsStream, "PRESENCE_V1_EVENTS");
    const t = busNames("t1a2b.presence.v1");
    assert.equal(t.eventsStream, "T1A2B_PRESENCE_V1_EVENTS");
    assert.deepEqual(eventsStreamOptions(t).subjects, ["t1a2b.presence.v1.events.>"]);
    for (const s of [n.eventsPresentity, n.eventsSubscription, n.eventsNotifyReply, n.eventsPublication]) {
      assert.ok(subjectMatches(n.eventsAll, s), s);
    }
    assert.ok(!subjectMatches(n.eventsAll, n.edgeAnyNotify));
  });

  it("refuses prefixes and edge ids that would break the subject hierarchy", () => {
    for (const p of ["", "a..b", "a.*", "a.>", "a b", ".a", "a."]) {
      assert.throws(() => busNames(p), (e: unknown) => e instanceof BusError && e.code === "invalid-argument", JSON.stringify(p));
    }
    const n = busNames();
    for (const id of ["any", "", "a.b", "*", "a b"]) {
      assert.throws(() => n.edgeNotify(id), BusError, JSON.stringify(id));
      assert.throws(() => n.edgeNotifyBatch(id), BusError, JSON.stringify(id));
    }
  });
});

describe("wildcards", () => {
  it("subjectMatches follows NATS: * is one token, > one or more trailing tokens", () => {
    const cases: Array<[string, string, boolean]> = [
      ["a.b", "a.b", true],
      ["a.*", "a.b", true],
      ["a.*", "a.b.c", false],
      ["a.>", "a.b.c", true],
      ["a.>", "a", false],
      ["*.b.>", "x.b.y", true],
      ["a.b", "a.b.c", false],
      [">", "a", true],
    ];
    for (const [p, s, want] of cases) assert.equal(subjectMatches(p, s), want, `${p} ~ ${s}`);
  });

  it("patternsOverlap finds subjects two stream patterns would both capture", () => {
    const cases: Array<[string, string, boolean]> = [
      ["a.>", "a.b", true],
      ["a.*", "a.b.c", false],
      ["a.*.c", "a.b.*", true],
      ["a.b", "a.c", false],
      ["a.>", "b.>", false],
      [">", "x.y", true],
      ["a", "a.>", false],
    ];
    for (const [x, y, want] of cases) {
      assert.equal(patternsOverlap(x, y), want, `${x} / ${y}`);
      assert.equal(patternsOverlap(y, x), want, `${y} / ${x}`);
    }
  });
});
