import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type {
  NotifyMessage,
  NotifyOutcome,
  NotifyReplyEvent,
  PresentityChange,
  PublishRequest,
  PublishResult,
  SubscribeRequest,
  SubscribeResult,
  SubscriptionNotice,
} from "@presence/core";
import type { Publication, Subscription } from "@presence/store";
import {
  decodeNotifyReplyEvent,
  decodeNotifyRequest,
  decodeNotifyResult,
  decodePresentityChanged,
  decodePublicationEvent,
  decodePublishReply,
  decodePublishRequest,
  decodeSubscribeReply,
  decodeSubscribeRequest,
  decodeSubscriptionChanged,
  encodeNotifyReplyEvent,
  encodeNotifyRequest,
  encodeNotifyResult,
  encodeNotifyBatch,
  encodeNotifyBatchEntry,
  encodeNotifyResultBatch,
  decodeNotifyBatch,
  decodeNotifyResultBatch,
  encodePresentityChanged,
  encodePublicationEvent,
  encodePublishReply,
  encodePublishRequest,
  encodeSubscribeReply,
  encodeSubscribeRequest,
  encodeSubscriptionChanged,
  presence,
  ProtoError,
  type EventMeta,
  type NotifyResult,
  type PublicationEvent,
} from "./mod.js";

// Epoch milliseconds above 2^32, so a 32-bit truncation anywhere would show.
const T0 = 1_764_160_000_123;
const META: EventMeta = { eventId: "01JDX5Y7Z8", occurredAtMs: T0, producer: "presentity/presentity-7f9c-2" };

const fullPublish: PublishRequest = {
  presentityUri: "sip:bob@example.com",
  event: { name: "presence", id: "7", params: { id: "7", sla: null, "x-p": "v" } },
  expires: 3600,
  ifMatch: "etag-1",
  contentType: "application/pidf+xml",
  body: Buffer.from([0x3c, 0x00, 0xff, 0xc3, 0xa9, 0x0a]),
  sender: "alice@example.com",
  priority: -3,
  callId: "call-1@host",
  source: { transport: "tcp", address: "192.0.2.7", port: 5070, connectionId: "conn-9" },
};

const minimalPublish: PublishRequest = {
  presentityUri: "sip:bob@example.com",
  event: null,
  expires: null,
  ifMatch: null,
  contentType: null,
  body: Buffer.alloc(0),
  sender: null,
  priority: null,
  callId: "",
  source: { transport: "udp", address: "::1", port: 0, connectionId: null },
};

const fullSubscription: Subscription = {
  id: "khge6uvkr3.abc",
  slot: "khge6uvkr3",
  presentity: "bob@example.com",
  presentityUri: "sip:bob@example.com",
  localUri: "sip:bob@example.com",
  event: "presence",
  eventId: "42",
  watcher: "alice@example.com",
  watcherUri: "sip:alice@example.com;x=1",
  watcherDisplayName: 'Alice "A"',
  callId: "dlg-1",
  fromTag: "ft",
  toTag: "khge6uvkr3.abc",
  remoteCSeq: 2_147_483_647,
  localCSeq: 9,
  contact: "sip:alice@192.0.2.7:5070;transport=tcp",
  routeSet: ["<sip:p1.example.com;lr>", "<sip:p2.example.com;lr>"],
  localContact: "sip:presence@192.0.2.1:5060",
  transport: "tcp",
  sourceAddress: "192.0.2.7",
  sourcePort: 65535,
  connectionId: "conn-9",
  expiresAt: T0 + 3_600_000,
  status: "active",
  reason: "because",
  accept: ["application/pidf+xml", "multipart/related"],
  userAgent: "UA/1.0",
  createdAt: T0,
  updatedAt: T0 + 1,
  version: 4,
  extra: { rlsSubs: "1", empty: "" },
};

const minimalSubscription: Subscription = {
  ...fullSubscription,
  eventId: null,
  watcherDisplayName: null,
  remoteCSeq: 0,
  localCSeq: 0,
  routeSet: [],
  sourcePort: 0,
  connectionId: null,
  expiresAt: 0,
  status: "terminated",
  reason: null,
  accept: [],
  userAgent: null,
  createdAt: 0,
  updatedAt: 0,
  version: 0,
};
delete minimalSubscription.extra;

function roundTrip<T>(value: T, encode: (v: T) => Uint8Array, decode: (b: Uint8Array) => T): T {
  const bytes = encode(value);
  assert.ok(bytes instanceof Uint8Array);
  return decode(bytes);
}

describe("converters round-trip every field", () => {
  it("PublishRequest: all fields, Buffers with arbitrary bytes, event params with null values", () => {
    const back = roundTrip(fullPublish, encodePublishRequest, decodePublishRequest);
    assert.deepEqual(back, fullPublish);
    assert.ok(Buffer.isBuffer(back.body));
    assert.deepEqual(Object.keys(back.event!.params), ["id", "sla", "x-p"], "parameter order kept");
  });

  it("PublishRequest: nulls stay null, empty body and empty strings", () => {
    assert.deepEqual(roundTrip(minimalPublish, encodePublishRequest, decodePublishRequest), minimalPublish);
  });

  it("PublishRequest: priority 0 and expires 0 are not confused with absent", () => {
    const r = { ...minimalPublish, priority: 0, expires: 0, ifMatch: "", sender: "" };
    assert.deepEqual(roundTrip(r, encodePublishRequest, decodePublishRequest), r);
  });

  it("decoded bodies are copies, not views into the receive buffer", () => {
    const bytes = encodePublishRequest(fullPublish);
    const back = decodePublishRequest(bytes);
    bytes.fill(0);
    assert.deepEqual(back.body, fullPublish.body);
  });

  it("PublishReply with a change, with a To-tag, and without either", () => {
    const change: PresentityChange = {
      presentity: "bob@example.com",
      presentityUri: "sip:bob@example.com",
      event: "presence",
      reason: "modified",
      excludeWatcher: "alice@example.com",
    };
    const withChange: PublishResult = {
      reply: { status: 200, reason: "OK", headers: [["SIP-ETag", "e2"], ["Expires", "3600"], ["Warning", '399 presence "x, y"']], toTag: "tt" },
      change,
    };
    assert.deepEqual(roundTrip(withChange, encodePublishReply, decodePublishReply), withChange);
    const bare: PublishResult = { reply: { status: 412, reason: "Conditional Request Failed", headers: [] }, change: null };
    const back = roundTrip(bare, encodePublishReply, decodePublishReply);
    assert.deepEqual(back, bare);
    assert.equal("toTag" in back.reply, false, "absent To-tag stays absent (not undefined)");
  });

  it("PresentityChanged: every reason, with and without meta", () => {
    for (const reason of ["new", "modified", "removed", "expired", "refreshed"] as const) {
      const change: PresentityChange = { presentity: "b@h", presentityUri: "sip:b@h", event: "dialog;sla", reason, excludeWatcher: null };
      assert.deepEqual(decodePresentityChanged(encodePresentityChanged(change, META)), { value: change, meta: META });
      assert.deepEqual(decodePresentityChanged(encodePresentityChanged(change)), { value: change, meta: null });
    }
  });

  it("PresentityChanged: the dialogs read with the change, none read, none there; a PublishReply leaves them out", () => {
    const base: PresentityChange = { presentity: "b@h", presentityUri: "sip:b@h", event: "presence", reason: "modified", excludeWatcher: null };
    const two: PresentityChange = { ...base, watchers: [{ slot: "k35pco8utf", id: "10k35pco8utf.aaa" }, { slot: "k35pco8utf", id: "10k35pco8utf.bbb" }] };
    assert.deepEqual(decodePresentityChanged(encodePresentityChanged(two, META)).value, two);
    const none: PresentityChange = { ...base, watchers: [] };
    assert.deepEqual(decodePresentityChanged(encodePresentityChanged(none)).value, none, "read and empty stays empty");
    const unread = decodePresentityChanged(encodePresentityChanged(base)).value;
    assert.deepEqual(unread, base);
    assert.equal("watchers" in unread, false, "not read stays absent, so the notifier reads them");
    const reply = roundTrip({ reply: { status: 200, reason: "OK", headers: [] }, change: two }, encodePublishReply, decodePublishReply);
    assert.deepEqual(reply.change, base, "the edge gets no dialogs");
  });

  it("SubscribeRequest: all fields", () => {
    const r: SubscribeRequest = {
      requestUri: "sip:bob@example.com",
      fromUri: "sip:alice@example.com",
      fromTag: "ft",
      fromDisplayName: "Alice",
      toUri: "sip:bob@example.com",
      toTag: "khge6uvkr3.abc",
      callId: "dlg-1",
      cseq: 2_147_483_647,
      event: { name: "presence.winfo", id: null, params: {} },
      expires: 4_294_967_295,
      accept: ["application/pidf+xml", "application/rlmi+xml"],
      contact: "sip:alice@192.0.2.7",
      recordRoute: ["<sip:p1;lr>", "<sip:p2;lr>"],
      watcherUri: "sip:alice@pai.example.com",
      userAgent: "UA/1.0",
      source: { transport: "ws", address: "2001:db8::1", port: 443, connectionId: "ws-1" },
    };
    assert.deepEqual(roundTrip(r, encodeSubscribeRequest, decodeSubscribeRequest), r);
  });

  it("SubscribeRequest: absent Accept (null) differs from an empty Accept ([])", () => {
    const base: SubscribeRequest = {
      requestUri: "sip:b@h",
      fromUri: "sip:a@h",
      fromTag: "f",
      fromDisplayName: null,
      toUri: "sip:b@h",
      toTag: null,
      callId: "c",
      cseq: 1,
      event: null,
      expires: null,
      accept: null,
      contact: null,
      recordRoute: [],
      watcherUri: null,
      userAgent: null,
      source: { transport: "udp", address: "127.0.0.1", port: 5060, connectionId: null },
    };
    assert.deepEqual(roundTrip(base, encodeSubscribeRequest, decodeSubscribeRequest), base);
    const empty = { ...base, accept: [] };
    assert.deepEqual(roundTrip(empty, encodeSubscribeRequest, decodeSubscribeRequest), empty);
  });

  it("SubscribeReply with a state notice, a final notice carrying a full Subscription, and none", () => {
    const state: SubscribeResult = {
      reply: { status: 202, reason: "Accepted", headers: [["Expires", "600"], ["Contact", "<sip:p@h>"]], toTag: "khge6uvkr3.abc" },
      notice: { kind: "state", slot: "khge6uvkr3", id: "khge6uvkr3.abc" },
    };
    assert.deepEqual(roundTrip(state, encodeSubscribeReply, decodeSubscribeReply), state);
    // With the dialog's presentity and event (the notifier then locks and reads in one step).
    const topic: SubscribeResult = { ...state, notice: { kind: "state", slot: "khge6uvkr3", id: "khge6uvkr3.abc", presentity: "bob@example.com", event: "dialog;sla" } };
    assert.deepEqual(roundTrip(topic, encodeSubscribeReply, decodeSubscribeReply), topic);
    const changed = decodeSubscriptionChanged(encodeSubscriptionChanged(topic.notice!, META));
    assert.deepEqual(changed, { value: topic.notice, meta: META });
    // With the presentity's URI too (the watcher information change needs no read of the record).
    const named: SubscribeResult = { ...state, notice: { kind: "state", slot: "khge6uvkr3", id: "khge6uvkr3.abc", presentity: "bob@example.com", event: "presence", presentityUri: "sip:bob@example.com" } };
    assert.deepEqual(roundTrip(named, encodeSubscribeReply, decodeSubscribeReply), named);
    assert.deepEqual(decodeSubscriptionChanged(encodeSubscriptionChanged(named.notice!, META)), { value: named.notice, meta: META });
    for (const subscription of [fullSubscription, minimalSubscription]) {
      const final: SubscribeResult = { reply: { status: 200, reason: "OK", headers: [] }, notice: { kind: "final", subscription, reason: "timeout" } };
      const back = roundTrip(final, encodeSubscribeReply, decodeSubscribeReply);
      assert.deepEqual(back, final);
    }
    const none: SubscribeResult = { reply: { status: 489, reason: "Bad Event", headers: [["Allow-Events", "presence"]] }, notice: null };
    assert.deepEqual(roundTrip(none, encodeSubscribeReply, decodeSubscribeReply), none);
  });

  it("Subscription: extra absent stays absent, empty extra stays empty, every status", () => {
    for (const status of ["active", "pending", "terminated"] as const) {
      const n: SubscriptionNotice = { kind: "final", subscription: { ...minimalSubscription, status }, reason: "" };
      const back = decodeSubscriptionChanged(encodeSubscriptionChanged(n, META));
      assert.deepEqual(back, { value: n, meta: META });
      assert.equal("extra" in (back.value as { subscription: Subscription }).subscription, false);
    }
    const withEmpty: SubscriptionNotice = { kind: "final", subscription: { ...minimalSubscription, extra: {} }, reason: "noresource" };
    assert.deepEqual(decodeSubscriptionChanged(encodeSubscriptionChanged(withEmpty)).value, withEmpty);
  });

  it("NotifyRequest: headers in order, binary body, null body, target with and without connection", () => {
    const n: NotifyMessage = {
      requestUri: "sip:alice@192.0.2.7:5070;transport=tcp",
      headers: [["Route", "<sip:p1;lr>"], ["Route", "<sip:p2;lr>"], ["Subscription-State", "active;expires=599"]],
      body: Buffer.from("<?xml version='1.0'?>\u00e9\u0000", "utf8"),
      target: { transport: "TCP", host: "192.0.2.7", port: 5070, connectionId: "conn-9" },
      subscriptionId: "khge6uvkr3.abc",
      cseq: 17,
    };
    assert.deepEqual(roundTrip(n, encodeNotifyRequest, decodeNotifyRequest), n);
    const empty: NotifyMessage = { ...n, headers: [], body: null, target: { transport: "UDP", host: "h", port: 5060, connectionId: null } };
    assert.deepEqual(roundTrip(empty, encodeNotifyRequest, decodeNotifyRequest), empty);
    const zeroLength: NotifyMessage = { ...n, body: Buffer.alloc(0) };
    assert.deepEqual(roundTrip(zeroLength, encodeNotifyRequest, decodeNotifyRequest).body, Buffer.alloc(0), "empty body is not null");
  });

  it("NotifyResult: every outcome kind", () => {
    const outcomes: NotifyOutcome[] = [
      { kind: "response", status: 481, reason: "Call/Transaction Does Not Exist" },
      { kind: "response", status: 200, reason: "" },
      { kind: "timeout" },
      { kind: "transport-error", message: "ECONNRESET" },
    ];
    for (const outcome of outcomes) {
      const r: NotifyResult = { outcome, subscriptionId: "s1", cseq: 3, edgeId: "edge-0" };
      assert.deepEqual(roundTrip(r, encodeNotifyResult, decodeNotifyResult), r);
    }
  });

  it("NotifyBatch: entries with their own trace context, in order; a plain NotifyRequest reads as an entry", () => {
    const a: NotifyMessage = {
      requestUri: "sip:a@192.0.2.7",
      headers: [["Subscription-State", "active;expires=60"]],
      body: Buffer.from([0, 1, 2, 255]),
      target: { transport: "UDP", host: "192.0.2.7", port: 5060, connectionId: null },
      subscriptionId: "s.a",
      cseq: 2,
    };
    const b: NotifyMessage = { ...a, requestUri: "sip:b@192.0.2.8", body: null, target: { ...a.target, transport: "TCP", connectionId: "edge-1/c7" }, subscriptionId: "s.b", cseq: 9 };
    const tc = { traceparent: "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", tracestate: "k=v" };
    const batch = encodeNotifyBatch([encodeNotifyBatchEntry(a, tc), encodeNotifyBatchEntry(b, {}), encodeNotifyRequest(a)]);
    assert.deepEqual(decodeNotifyBatch(batch), [
      { notify: a, traceContext: tc },
      { notify: b, traceContext: {} },
      { notify: a, traceContext: {} },
    ]);
    assert.deepEqual(decodeNotifyBatch(encodeNotifyBatch([])), []);
    // The trace context is an entry's own: a single NotifyRequest decodes as before.
    assert.deepEqual(decodeNotifyRequest(encodeNotifyBatchEntry(a, tc)), a);
    assert.throws(() => decodeNotifyBatch(Uint8Array.from([0x0a, 0x05, 0x01])), ProtoError);
  });

  it("NotifyResultBatch: results with their batch index (0 left out on the wire)", () => {
    const results: NotifyResult[] = [
      { outcome: { kind: "response", status: 200, reason: "OK" }, subscriptionId: "s.b", cseq: 9, edgeId: "edge-1", index: 1 },
      { outcome: { kind: "timeout" }, subscriptionId: "s.a", cseq: 2, edgeId: "edge-1" },
    ];
    assert.deepEqual(decodeNotifyResultBatch(encodeNotifyResultBatch(results)), results);
    assert.deepEqual(decodeNotifyResult(encodeNotifyResult(results[0]!)).index, 1);
  });

  it("NotifyReplyEvent: numbers become decimal strings, nulls are left out", () => {
    const e: NotifyReplyEvent = {
      subscription: { uri: "sip:bob@example.com", callid: "dlg-1", local_cseq: 7, expires: 1_764_163_600, event_id: null, reason: null, status: "active" },
      outcome: { kind: "timeout" },
      cseq: 7,
      terminated: true,
    };
    const back = decodeNotifyReplyEvent(encodeNotifyReplyEvent(e, META));
    assert.deepEqual(back, {
      value: {
        subscription: { uri: "sip:bob@example.com", callid: "dlg-1", local_cseq: "7", expires: "1764163600", status: "active" },
        outcome: { kind: "timeout" },
        cseq: 7,
        terminated: true,
      },
      meta: META,
    });
    const emptyAttrs: NotifyReplyEvent = { subscription: {}, outcome: { kind: "response", status: 200, reason: "OK" }, cseq: 1, terminated: false };
    assert.deepEqual(decodeNotifyReplyEvent(encodeNotifyReplyEvent(emptyAttrs)), { value: emptyAttrs, meta: null });
  });

  it("PublicationEvent: every kind, optional fields present and absent, null body", () => {
    const full: Publication = {
      presentity: "bob@example.com",
      event: "presence",
      etag: "e1",
      expiresAt: T0 + 60_000,
      receivedAt: T0,
      contentType: "application/pidf+xml",
      body: Buffer.from([0, 1, 2, 255]),
      sender: "sip:alice@example.com",
      priority: 10,
      callId: "c1",
      version: 3,
    };
    const bare: Publication = { ...full, contentType: null, body: null, sender: null, priority: 0 };
    delete bare.callId;
    delete bare.version;
    for (const kind of ["stored", "removed", "expired"] as const) {
      for (const publication of [full, bare]) {
        const e: PublicationEvent = { kind, publication };
        const back = decodePublicationEvent(encodePublicationEvent(e, META));
        assert.deepEqual(back, { value: e, meta: META });
      }
    }
    const back = decodePublicationEvent(encodePublicationEvent({ kind: "stored", publication: bare })).value.publication;
    assert.equal("callId" in back, false);
    assert.equal("version" in back, false);
    assert.equal(back.body, null);
  });
});

describe("converters reject what does not fit", () => {
  it("numbers protobufjs would truncate", () => {
    const bad: Array<[string, () => unknown]> = [
      ["fractional cseq", () => encodeNotifyRequest({ ...baseNotify(), cseq: 1.5 })],
      ["negative port", () => encodePublishRequest({ ...minimalPublish, source: { ...minimalPublish.source, port: -1 } })],
      ["expires above uint32", () => encodePublishRequest({ ...minimalPublish, expires: 2 ** 32 })],
      ["unsafe timestamp", () => encodeSubscriptionChanged({ kind: "final", subscription: { ...fullSubscription, expiresAt: 2 ** 60 }, reason: "" })],
      ["NaN status", () => encodePublishReply({ reply: { status: Number.NaN, reason: "", headers: [] }, change: null })],
    ];
    for (const [what, fn] of bad) {
      assert.throws(fn, (e: unknown) => e instanceof ProtoError && e.code === "invalid-value", what);
    }
  });

  it("garbage bytes are a ProtoError, never a protobufjs exception", () => {
    const garbage = [Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]), Buffer.from([0x0a, 0x7f, 0x01]), Buffer.from([0x07])];
    const decoders = [decodePublishRequest, decodeSubscribeRequest, decodeNotifyRequest, decodePresentityChanged, decodeSubscriptionChanged];
    for (const decode of decoders) {
      for (const g of garbage) {
        assert.throws(() => decode(g), (e: unknown) => e instanceof ProtoError && e.retryable === false, `${decode.name} ${g.toString("hex")}`);
      }
    }
  });

  it("missing required parts and unknown enum values", () => {
    const noSource = presence.v1.PublishRequest.encode({ presentityUri: "sip:b@h" }).finish();
    assert.throws(() => decodePublishRequest(noSource), (e: unknown) => e instanceof ProtoError && e.code === "missing-field");
    const unknownReason = presence.v1.PresentityChanged.encode({ presentity: "b@h", reason: 99 as presence.v1.ChangeReason }).finish();
    assert.throws(() => decodePresentityChanged(unknownReason), (e: unknown) => e instanceof ProtoError && e.code === "missing-field");
    const unspecified = presence.v1.PresentityChanged.encode({ presentity: "b@h" }).finish();
    assert.throws(() => decodePresentityChanged(unspecified), /change.reason/);
    const emptyChange = presence.v1.SubscriptionChanged.encode({}).finish();
    assert.throws(() => decodeSubscriptionChanged(emptyChange), /neither state nor final/);
    const noOutcome = presence.v1.NotifyResult.encode({ subscriptionId: "s" }).finish();
    assert.throws(() => decodeNotifyResult(noOutcome), /outcome is missing/);
  });

  it("an empty payload decodes to defaults only where the TS type allows it", () => {
    assert.deepEqual(decodeSubscribeReply(presence.v1.SubscribeReply.encode({ reply: { status: 200 } }).finish()), {
      reply: { status: 200, reason: "", headers: [] },
      notice: null,
    });
    assert.throws(() => decodePublishReply(new Uint8Array(0)), /reply is missing/);
  });
});

function baseNotify(): NotifyMessage {
  return {
    requestUri: "sip:a@h",
    headers: [],
    body: null,
    target: { transport: "UDP", host: "h", port: 5060, connectionId: null },
    subscriptionId: "s",
    cseq: 1,
  };
}
