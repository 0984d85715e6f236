// Record builders for the tests. Times are around T0 so every test passes `now` explicitly.
import { randomBytes } from "node:crypto";
import { presentitySlot } from "./slot.js";
import type { Publication, Subscription, WatcherRecord } from "./types.js";

export const T0 = 1_700_000_000_000;

export function publication(overrides: Partial<Publication> = {}): Publication {
  return {
    presentity: "bob@example.com",
    event: "presence",
    etag: `e${randomBytes(6).toString("hex")}`,
    expiresAt: T0 + 3_600_000,
    receivedAt: T0,
    contentType: "application/pidf+xml",
    body: Buffer.from('<?xml version="1.0"?>\n<presence entity="sip:bob@example.com"/>\n'),
    sender: null,
    priority: 0,
    ...overrides,
  };
}

export function subscription(overrides: Partial<Subscription> = {}): Subscription {
  const presentity = overrides.presentity ?? "bob@example.com";
  const id = overrides.id ?? `t${randomBytes(8).toString("hex")}`;
  return {
    id,
    slot: presentitySlot(presentity),
    presentity,
    presentityUri: `sip:${presentity}`,
    localUri: `sip:${presentity}`,
    event: "presence",
    eventId: null,
    watcher: "alice@example.com",
    watcherUri: "sip:alice@example.com",
    watcherDisplayName: "Alice",
    callId: `${randomBytes(8).toString("hex")}@pc33.atlanta.example.com`,
    fromTag: "1928301774",
    toTag: id,
    remoteCSeq: 1,
    localCSeq: 0,
    contact: "sip:alice@192.0.2.4:5060;transport=udp",
    routeSet: ["<sip:p1.example.com;lr>", "<sip:p2.example.com;lr>"],
    localContact: "sip:presence@198.51.100.1:5060",
    transport: "udp",
    sourceAddress: "192.0.2.4",
    sourcePort: 5060,
    connectionId: null,
    expiresAt: T0 + 3_600_000,
    status: "active",
    reason: null,
    accept: ["application/pidf+xml"],
    userAgent: "Linphone/5.2.0 (belle-sip/5.2.0)",
    createdAt: T0,
    updatedAt: T0,
    version: 0,
    ...overrides,
    ...(overrides.presentity !== undefined && overrides.slot === undefined ? { slot: presentitySlot(presentity) } : {}),
    ...(overrides.id !== undefined && overrides.toTag === undefined ? { toTag: id } : {}),
  };
}

export function watcher(overrides: Partial<WatcherRecord> = {}): WatcherRecord {
  return {
    presentity: "bob@example.com",
    event: "presence",
    watcher: "alice@example.com",
    watcherUri: "sip:alice@example.com",
    watcherDisplayName: "Alice",
    status: "pending",
    reason: null,
    insertedAt: T0,
    ...overrides,
  };
}

export const refOf = (s: Subscription) => ({ slot: s.slot, id: s.id });
