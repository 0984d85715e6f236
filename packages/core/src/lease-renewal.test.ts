import { test } from "node:test";
import assert from "node:assert/strict";
import { setTimeout as sleep } from "node:timers/promises";
import type { SubscriptionRef } from "@presence/store";
import { LeaseRenewal } from "./lease-renewal.js";

test("held dialogs are renewed on every tick until dropped; the timer stops once nothing is held", async () => {
  const renewed: string[] = [];
  const renewal = new LeaseRenewal(20, (ref) => renewed.push(ref.id));
  const a: SubscriptionRef = { slot: "s", id: "a" };
  const b: SubscriptionRef = { slot: "s", id: "b" };
  assert.equal(renewal.running, false, "no timer while nothing is held");
  renewal.hold(a);
  renewal.hold(b);
  assert.equal(renewal.running, true);
  await sleep(70);
  const ticks = renewed.filter((id) => id === "a").length;
  assert.ok(ticks >= 2, `a renewed on each tick (${ticks})`);
  assert.equal(renewed.filter((id) => id === "b").length, ticks, "one timer serves both");
  renewal.drop(a);
  renewed.length = 0;
  await sleep(50);
  assert.ok(renewed.length >= 1 && renewed.every((id) => id === "b"), `only b still renewed: ${renewed.join(",")}`);
  renewal.drop(b);
  await sleep(50);
  assert.equal(renewal.running, false, "the first tick that finds nothing stops the timer");
  renewed.length = 0;
  await sleep(50);
  assert.deepEqual(renewed, []);
  // Held again later: the timer starts again.
  renewal.hold(a);
  assert.equal(renewal.running, true);
  renewal.stop();
  assert.equal(renewal.running, false);
});

test("the same dialog held by two transactions one after the other is renewed for the second", async () => {
  const renewed: string[] = [];
  const renewal = new LeaseRenewal(15, (ref) => renewed.push(ref.id));
  const first: SubscriptionRef = { slot: "s", id: "d" };
  renewal.hold(first);
  renewal.drop(first);
  const second: SubscriptionRef = { slot: "s", id: "d" };
  renewal.hold(second);
  await sleep(50);
  assert.ok(renewed.length >= 2, `renewed ${renewed.length} times`);
  renewal.drop(second);
  renewal.stop();
});
