import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DuplicateEventError, EventRegistry, EventsError, InvalidEventPackageError, parseEventName, presencePackage } from "./mod.js";
import { stubPackage } from "./test-packages.js";

function registry(): EventRegistry {
  const r = new EventRegistry();
  r.add(presencePackage());
  r.add(stubPackage({ name: "presence.winfo", event: "presence.winfo", type: "winfo", watchersOf: "presence", contentTypes: ["application/watcherinfo+xml"] }));
  r.add(stubPackage({ name: "dialog", event: "dialog", optionalParams: ["call-id", "from-tag", "to-tag", "include-session-description"] }));
  r.add(stubPackage({ name: "dialog;sla", event: "dialog", params: { sla: null } }));
  r.add(stubPackage({ name: "message-summary", event: "message-summary", contentTypes: ["application/simple-message-summary"] }));
  return r;
}

describe("EventRegistry.add (add_event)", () => {
  it("refuses a second package with the same name, whatever the spelling", () => {
    const r = registry();
    assert.throws(() => r.add(presencePackage()), DuplicateEventError);
    assert.throws(() => r.add(stubPackage({ name: "dialog; sla", event: "dialog", params: { sla: null } })), (e: unknown) => {
      assert.ok(e instanceof DuplicateEventError && e instanceof EventsError);
      assert.equal(e.eventName, "dialog; sla");
      return true;
    });
    assert.equal(r.list().length, 5);
  });

  it("refuses packages that cannot work", () => {
    const r = new EventRegistry();
    const invalid: Array<[Parameters<typeof stubPackage>[0], RegExp]> = [
      [{ name: "dialog", event: "dialog", params: { sla: null } }, /name does not match.*dialog;sla/],
      [{ name: "bad event", event: "bad event" }, /not a valid event type/],
      [{ name: "x", event: "x", contentTypes: [] }, /no content type/],
      [{ name: "x", event: "x", contentTypes: ["Application/PIDF+XML"] }, /lower-case type\/subtype/],
      [{ name: "x", event: "x", contentTypes: ["application/pidf+xml; charset=utf-8"] }, /without parameters/],
      [{ name: "x", event: "x", defaultExpires: 0 }, /defaultExpires/],
      [{ name: "x.winfo", event: "x.winfo", type: "winfo" }, /needs watchersOf/],
      [{ name: "x", event: "x", watchersOf: "presence" }, /only for winfo/],
      [{ name: "x;id=1", event: "x", params: { id: "1" } }, /not 'id'/],
    ];
    for (const [init, msg] of invalid) {
      assert.throws(() => r.add(stubPackage(init)), (e: unknown) => e instanceof InvalidEventPackageError && msg.test(e.message), init.name);
    }
    assert.deepEqual(r.list(), []);
  });

  it("refuses a winfo package without watcherInfo/perWatcherBody, and watcherInfo on a publication package", () => {
    const r = new EventRegistry();
    const winfo = stubPackage({ name: "x.winfo", event: "x.winfo", type: "winfo", watchersOf: "x" });
    const { watcherInfo: _w, ...noState } = winfo;
    assert.throws(() => r.add(noState), /needs watcherInfo and perWatcherBody/);
    const pub = { ...stubPackage({ name: "y", event: "y" }), watcherInfo: () => null };
    assert.throws(() => r.add(pub), /watcherInfo is only for winfo/);
    r.add(winfo);
    assert.deepEqual(r.list(), ["x.winfo"]);
  });
});

describe("EventRegistry.match (search_event)", () => {
  const r = registry();
  const m = (value: string): string | null => {
    const ev = parseEventName(value);
    assert.ok(ev, value);
    return r.match(ev)?.name ?? null;
  };

  it("finds packages by event type, ignoring the id parameter (RFC 6665 8.2.1)", () => {
    assert.equal(m("presence"), "presence");
    assert.equal(m("presence;id=42"), "presence");
    assert.equal(m("Presence"), "presence", "event type compared case-insensitively as Kamailio");
    assert.equal(m("presence.winfo"), "presence.winfo");
    assert.equal(m("message-summary"), "message-summary");
  });

  it("selects dialog;sla by its parameter and plain dialog without it", () => {
    assert.equal(m("dialog;sla"), "dialog;sla");
    assert.equal(m("dialog;SLA"), "dialog;sla", "parameter names are case-insensitive");
    assert.equal(m("dialog"), "dialog");
    assert.equal(m("dialog;call-id=abc;from-tag=1;to-tag=2"), "dialog", "parameters the package understands");
  });

  it("returns null for unknown events and unknown or missing parameters, as Kamailio", () => {
    assert.equal(m("conference"), null);
    assert.equal(m("presence;foo=bar"), null);
    assert.equal(m("dialog;sla=yes"), null, "sla with a value is not the registered sla");
    const onlyDialog = new EventRegistry();
    onlyDialog.add(stubPackage({ name: "dialog", event: "dialog" }));
    assert.equal(onlyDialog.match({ event: "dialog", params: { sla: null } }), null);
    const onlySla = new EventRegistry();
    onlySla.add(stubPackage({ name: "dialog;sla", event: "dialog", params: { sla: null } }));
    assert.equal(onlySla.match({ event: "dialog", params: {} }), null);
    assert.equal(onlySla.match({ event: "dialog", params: { sla: null, id: "9" } })?.name, "dialog;sla");
  });
});

describe("EventRegistry lookups", () => {
  it("contains (contains_event) parses the name and matches it", () => {
    const r = registry();
    assert.equal(r.contains("presence"), true);
    assert.equal(r.contains("dialog;sla"), true);
    assert.equal(r.contains("presence;id=1"), true);
    assert.equal(r.contains("reg"), false);
    assert.equal(r.contains(""), false);
    assert.equal(r.contains("not an event"), false);
  });

  it("get returns a package by its registered name only", () => {
    const r = registry();
    assert.equal(r.get("dialog;sla")?.params.sla, null);
    assert.equal(r.get("dialog;sla")?.name, "dialog;sla");
    assert.equal(r.get("dialog")?.name, "dialog");
    assert.equal(r.get("presence;id=1"), null);
    assert.equal(r.get("conference"), null);
  });

  it("get answers the same when asked again, and finds a package added after a miss", () => {
    const r = registry();
    const dialog = r.get("dialog");
    assert.equal(r.get("dialog"), dialog);
    assert.equal(r.get("Dialog"), dialog);
    assert.equal(r.get("dialog;sla")?.name, "dialog;sla");
    assert.equal(r.get("conference"), null);
    r.add(stubPackage({ name: "conference", event: "conference" }));
    assert.equal(r.get("conference")?.name, "conference");
    assert.equal(r.get("dialog"), dialog);
    // More spellings than are kept: each still finds its package, kept or not.
    const spellings = Array.from({ length: 200 }, (_, i) => [..."presence"].map((c, j) => ((i >> j) & 1 ? c.toUpperCase() : c)).join(""));
    for (const name of [...spellings, ...spellings]) assert.equal(r.get(name)?.name, "presence");
  });

  it("list (get_event_list) keeps registration order; allowEvents gives bare event types", () => {
    const r = registry();
    assert.deepEqual(r.list(), ["presence", "presence.winfo", "dialog", "dialog;sla", "message-summary"]);
    assert.deepEqual(r.allowEvents(), ["presence", "presence.winfo", "dialog", "message-summary"]);
  });

  it("watcherInfoFor (wipeer) links a package to its winfo package", () => {
    const r = registry();
    assert.equal(r.watcherInfoFor("presence")?.name, "presence.winfo");
    assert.equal(r.watcherInfoFor("dialog"), null);
    assert.equal(r.watcherInfoFor("nothing"), null);
  });
});

describe("parseEventName", () => {
  it("parses tokens, parameters and quoted values", () => {
    assert.deepEqual(parseEventName("dialog ; sla"), { event: "dialog", params: { sla: null } });
    assert.deepEqual(parseEventName('dialog;call-id="a;b";From-Tag=x'), { event: "dialog", params: { "call-id": "a;b", "from-tag": "x" } });
    assert.equal(parseEventName("pres ence"), null);
    assert.equal(parseEventName("presence..winfo"), null);
    assert.equal(parseEventName("presence;=x"), null);
  });
});
