import { presentitySlot, type Subscription, type SubscriptionRef } from "@presence/store";
import type { EventPackage } from "@presence/events";
import type { AuthDecision, CoreDeps } from "./context.js";
import { requirePackage } from "./event-lookup.js";
import { grantExpires } from "./expires.js";
import { identityFromString, type UriMatchMode } from "./identity.js";
import type { SubscribeRequest, SubscribeResult } from "./messages.js";
import { reply, SipFailure, toReply, type HeaderList } from "./sip-reply.js";
import { checkSubscribeWithPackage } from "./subscribe-check.js";
import { makeToTag, slotFromToTag } from "./to-tag.js";

/**
 * handle_subscribe: RFC 6665 4.2.1 notifier processing of one SUBSCRIBE (initial, refresh, fetch or
 * unsubscribe). Stores the dialog, answers, and says which NOTIFY must follow.
 */
export async function handleSubscribe(req: SubscribeRequest, deps: CoreDeps): Promise<SubscribeResult> {
  try {
    return req.toTag === null ? await initialSubscribe(req, deps) : await inDialogSubscribe(req, req.toTag, deps);
  } catch (err) {
    if (!(err instanceof SipFailure)) deps.logger.error({ err, callId: req.callId }, "SUBSCRIBE failed");
    return { reply: toReply(err), notice: null };
  }
}

function mode(deps: CoreDeps): UriMatchMode {
  return deps.settings.sip_uri_match === 1 ? 1 : 0;
}

function negotiateType(pkg: EventPackage, accept: string[] | null): string {
  // RFC 6665 4.2.1: a body type the subscriber does not accept cannot be sent: 406.
  const type = pkg.negotiate(accept);
  if (type === null) {
    throw new SipFailure(406, "Not Acceptable", {
      headers: [["Accept", pkg.contentTypes.join(", ")]],
      detail: `package ${pkg.name} produces ${pkg.contentTypes.join(", ")}`,
    });
  }
  return type;
}

function grant(req: SubscribeRequest, pkg: EventPackage, deps: CoreDeps): number {
  const s = deps.settings;
  return grantExpires(req.expires, pkg.defaultExpires, { max: s.max_expires, min: s.min_expires, minAction: s.min_expires_action === 2 ? 2 : 1 });
}

function contactHeader(deps: CoreDeps, transport: string): [string, string] {
  return ["Contact", `<${deps.settings.server_address || deps.localContact(transport)}>`];
}

function acceptedStatus(state: AuthDecision, deps: CoreDeps): number {
  return state === "pending" ? deps.settings.pending_subscribe_status : 200;
}

async function initialSubscribe(req: SubscribeRequest, deps: CoreDeps): Promise<SubscribeResult> {
  const pkg = requirePackage(deps.events, req.event);
  const contentType = negotiateType(pkg, req.accept);
  const expires = grant(req, pkg, deps);
  // RFC 6665 4.1.2.1 / RFC 3261 8.1.1.8: a dialog-creating SUBSCRIBE carries a Contact.
  if (!req.contact) throw new SipFailure(400, "Missing Contact", { detail: "SUBSCRIBE without Contact" });
  const target = identityFromString(hasUser(req.requestUri) ? req.requestUri : req.toUri, mode(deps), "Request");
  const watcher = identityFromString(req.watcherUri ?? req.fromUri, mode(deps), "From");
  checkSubscribeWithPackage(pkg, req, target, watcher, expires);
  const known = await deps.store.getWatcher(target.key, pkg.name, watcher.key);
  // pres_ev_t.req_auth: packages without authorization rules make every watcher active.
  const state: AuthDecision = deps.authorizer && pkg.reqAuth
    ? await deps.authorizer.decide({ presentity: target.key, watcher: watcher.key, event: pkg.name, record: known })
    : "active";
  if (state === "terminated") throw new SipFailure(403, "Forbidden", { detail: "subscription rejected by policy" });

  const now = deps.now();
  const slot = presentitySlot(target.key);
  const toTag = makeToTag(deps.settings.to_tag_pref, slot);
  const sub: Subscription = {
    id: toTag,
    slot,
    presentity: target.key,
    presentityUri: target.uri,
    localUri: req.toUri,
    event: pkg.name,
    eventId: req.event?.id ?? null,
    watcher: watcher.key,
    watcherUri: req.fromUri,
    watcherDisplayName: req.fromDisplayName,
    callId: req.callId,
    fromTag: req.fromTag,
    toTag,
    remoteCSeq: req.cseq,
    localCSeq: 0,
    contact: req.contact,
    routeSet: [...req.recordRoute],
    localContact: deps.settings.server_address || deps.localContact(req.source.transport),
    transport: req.source.transport,
    sourceAddress: req.source.address,
    sourcePort: req.source.port,
    connectionId: req.source.connectionId,
    expiresAt: now + expires * 1000,
    status: state,
    reason: null,
    accept: [contentType],
    userAgent: req.userAgent,
    createdAt: now,
    updatedAt: now,
    version: 0,
  };
  const headers: HeaderList = [["Expires", String(expires)], contactHeader(deps, req.source.transport)];
  const answer = { ...reply(acceptedStatus(state, deps), undefined, headers), toTag };
  if (expires === 0) {
    // RFC 6665 4.4.3: a fetch: one NOTIFY with the state, then the subscription is over.
    return { reply: answer, notice: { kind: "final", subscription: sub, reason: "timeout" } };
  }
  // Together: a failed write must not leave a dialog whose SUBSCRIBE was answered with an error.
  await deps.store.putSubscriptionWithWatcher(sub, {
    presentity: target.key,
    event: pkg.name,
    watcher: watcher.key,
    watcherUri: req.fromUri,
    watcherDisplayName: req.fromDisplayName,
    status: state,
    reason: null,
    insertedAt: known?.insertedAt ?? now,
    callId: req.callId,
  });
  return { reply: answer, notice: { kind: "state", slot, id: toTag, presentity: sub.presentity, event: sub.event, presentityUri: sub.presentityUri } };
}

async function inDialogSubscribe(req: SubscribeRequest, toTag: string, deps: CoreDeps): Promise<SubscribeResult> {
  const slot = slotFromToTag(deps.settings.to_tag_pref, toTag);
  // RFC 6665 4.2.1.2 / RFC 3261 12.2.2: a request for a dialog we do not hold is 481.
  if (slot === null) throw noDialog("unknown To-tag");
  const ref: SubscriptionRef = { slot, id: toTag };
  const sub = await deps.store.getSubscription(ref);
  if (!sub || sub.expiresAt <= deps.now()) throw noDialog("subscription does not exist or has expired");
  // subs_remove_match=1 matches on every dialog identifier, 0 on our To-tag alone.
  if (deps.settings.subs_remove_match === 1 && (sub.callId !== req.callId || sub.fromTag !== req.fromTag)) {
    throw noDialog("dialog identifiers do not match");
  }
  const pkg = requirePackage(deps.events, req.event);
  if (pkg.name !== sub.event) {
    throw new SipFailure(489, "Bad Event", { headers: [["Allow-Events", deps.events.allowEvents().join(", ")]], detail: "event differs from the subscription's" });
  }
  // RFC 3261 12.2.2: a lower CSeq than the last one in the dialog is out of order: 500.
  if (req.cseq <= sub.remoteCSeq) {
    throw new SipFailure(500, "Server Internal Error", { headers: [["Retry-After", "1"]], detail: "CSeq out of order" });
  }
  const expires = grant(req, pkg, deps);
  const headers: HeaderList = [["Expires", String(expires)], contactHeader(deps, req.source.transport)];
  const answer = reply(acceptedStatus(sub.status === "pending" ? "pending" : "active", deps), undefined, headers);
  if (expires === 0) {
    // RFC 6665 4.2.1.4: unsubscribe; the final NOTIFY carries the state and terminated.
    const removed = await deps.store.deleteSubscription(ref);
    if (!removed) throw noDialog("subscription ended meanwhile");
    return { reply: answer, notice: { kind: "final", subscription: { ...removed, remoteCSeq: req.cseq }, reason: "timeout" } };
  }
  const now = deps.now();
  // RFC 6665 4.1.2.2 / RFC 3261 12.2.2: SUBSCRIBE is a target refresh request.
  const patch: Partial<Subscription> = { expiresAt: now + expires * 1000, remoteCSeq: req.cseq, updatedAt: now };
  if (req.contact) patch.contact = req.contact;
  if (req.source.connectionId) {
    patch.connectionId = req.source.connectionId;
    patch.sourceAddress = req.source.address;
    patch.sourcePort = req.source.port;
  }
  // The event just read: the store files the new expiry entry without reading the record again.
  const updated = await deps.store.updateSubscription(ref, patch, { event: sub.event });
  if (!updated) throw noDialog("subscription ended meanwhile");
  // RFC 6665 4.2.1.2: a successful refresh is followed by a NOTIFY.
  return { reply: answer, notice: { kind: "state", slot, id: toTag, presentity: updated.presentity, event: updated.event, presentityUri: updated.presentityUri } };
}

function noDialog(detail: string): SipFailure {
  return new SipFailure(481, "Subscription Does Not Exist", { detail });
}

function hasUser(uri: string): boolean {
  const colon = uri.indexOf(":");
  const at = uri.indexOf("@");
  return colon >= 0 && at > colon;
}
