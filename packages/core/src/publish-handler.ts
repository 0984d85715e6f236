import { randomToken } from "@presence/sip";
import type { Publication, SubscriptionRef } from "@presence/store";
import type { CoreDeps } from "./context.js";
import { requirePublishablePackage } from "./event-lookup.js";
import { grantExpires } from "./expires.js";
import { identityFromString } from "./identity.js";
import type { PresentityChange, PublishRequest, PublishResult } from "./messages.js";
import { reply, SipFailure, toReply, type HeaderList } from "./sip-reply.js";

/** ETags are opaque to the client (RFC 3903 4.1); random so one cannot guess another's. */
export function newEtag(): string {
  return randomToken(12);
}

/**
 * handle_publish: RFC 3903 6 processing of one PUBLISH. Returns the reply and, when the published
 * state of the presentity changed, the change the notifier must fan out.
 */
export async function handlePublish(req: PublishRequest, deps: CoreDeps): Promise<PublishResult> {
  try {
    return await processPublish(req, deps);
  } catch (err) {
    if (!(err instanceof SipFailure)) deps.logger.error({ err, callId: req.callId }, "PUBLISH failed");
    return { reply: toReply(err), change: null };
  }
}

async function processPublish(req: PublishRequest, deps: CoreDeps): Promise<PublishResult> {
  const { settings, store } = deps;
  // RFC 3903 6 step 2: the event package must be one we handle.
  const pkg = requirePublishablePackage(deps.events, req.event);
  const presentity = identityFromString(req.presentityUri, settings.sip_uri_match as 0 | 1, "Request");
  const sender = req.sender ? identityFromString(req.sender, settings.sip_uri_match as 0 | 1, "Sender").key : null;

  if (req.body.length > settings.publish_max_body_size) {
    throw new SipFailure(413, "Request Entity Too Large", { detail: `body exceeds ${settings.publish_max_body_size} bytes` });
  }
  // RFC 3903 6 step 5: expiration below the minimum is 423; above the maximum is shortened.
  const expires = grantExpires(req.expires, pkg.defaultExpires, {
    max: settings.max_expires,
    min: settings.min_expires,
    minAction: settings.min_expires_action === 2 ? 2 : 1,
  });

  const hasBody = req.body.length > 0;
  let body: Buffer | null = null;
  let contentType: string | null = null;
  if (hasBody) {
    contentType = (req.contentType ?? "").toLowerCase();
    // RFC 3903 6 step 4 / evs_publ_handl: the package validates the document.
    const check = pkg.validatePublish(req.body, contentType, { presentity: presentity.key, presentityUri: presentity.uri });
    if (!check.ok) {
      const headers: HeaderList = check.status === 415 ? [["Accept", pkg.contentTypes.join(", ")]] : [];
      throw new SipFailure(check.status, check.status === 415 ? "Unsupported Media Type" : check.reason, {
        headers,
        detail: check.warning ?? check.reason,
      });
    }
    body = check.normalized ?? req.body;
  }

  const now = deps.now();
  const base = { presentity: presentity.key, presentityUri: presentity.uri, event: pkg.name, excludeWatcher: sender };

  if (req.ifMatch === null) {
    // RFC 3903 6 step 3: without SIP-If-Match this is an initial publication and needs a body.
    if (!hasBody) throw new SipFailure(400, "Missing Body", { detail: "initial PUBLISH without body or SIP-If-Match" });
    if (expires === 0) throw new SipFailure(400, "Bad Expires", { detail: "initial PUBLISH with Expires 0" });
    const pub: Publication = {
      presentity: presentity.key,
      event: pkg.name,
      etag: newEtag(),
      expiresAt: now + expires * 1000,
      receivedAt: now,
      contentType,
      body,
      sender,
      priority: req.priority ?? 0,
      callId: req.callId,
    };
    const [, watchers] = await withWatchers(deps, store.insertPublication(pub), presentity.key, pkg.name, now);
    return { reply: ok(pub.etag, expires, settings.expires_offset), change: { ...base, reason: "new", ...watchers } };
  }

  const key = { presentity: presentity.key, event: pkg.name, etag: req.ifMatch };
  if (expires === 0) {
    // RFC 3903 4.5: Expires 0 with SIP-If-Match removes the publication.
    const [removed, watchers] = await withWatchers(deps, store.deletePublication(key), presentity.key, pkg.name, now);
    if (!removed) throw noMatch(req.ifMatch);
    return { reply: ok(removed.etag, 0, 0), change: { ...base, reason: "removed", ...watchers } };
  }

  // RFC 3903 4.1: a new entity-tag per successful PUBLISH; etag_not_new keeps it on body-less refreshes.
  const newTag = !hasBody && pkg.etagNotNew ? req.ifMatch : newEtag();
  const update = store.updatePublication(key, {
    newEtag: newTag,
    expiresAt: now + expires * 1000,
    receivedAt: now,
    ...(hasBody ? { body, contentType } : {}),
    ...(req.priority !== null ? { priority: req.priority } : {}),
    ...(sender !== null ? { sender } : {}),
  });
  // Only a body can change the state; a refresh without one needs no dialogs.
  const [updated, watchers] = await withWatchers(deps, update, presentity.key, pkg.name, now, hasBody);
  // RFC 3903 6 step 3: 412 when no publication matches the entity-tag.
  if (!updated) throw noMatch(req.ifMatch);
  // RFC 3903 4.4: a modification changes the state; the same document again is only a refresh.
  const change: PresentityChange | null = hasBody && updated.documentChanged ? { ...base, reason: "modified", ...watchers } : null;
  return { reply: ok(updated.publication.etag, expires, settings.expires_offset), change };
}

type WatchersPart = { watchers: SubscriptionRef[] } | Record<string, never>;

/**
 * `write` (a publication write, already called) and the presentity's live dialogs, read right
 * behind it: the read is called before the write is awaited, so it goes out after it, in the same
 * store round trip (the store applies calls in the order they are made), and sees it. The notifier
 * then locks these without reading them itself. Not read without `changeWatchers` or `wanted`; a
 * failed read only leaves that to the notifier.
 */
async function withWatchers<T>(deps: CoreDeps, write: Promise<T>, presentity: string, event: string, now: number, wanted = true): Promise<[T, WatchersPart]> {
  const read: Promise<WatchersPart> =
    deps.changeWatchers && wanted
      ? deps.store.listSubscriptionRefs(presentity, event, now).then(
          (watchers) => ({ watchers }),
          () => ({}),
        )
      : Promise.resolve({});
  return [await write, await read];
}

function noMatch(etag: string): SipFailure {
  return new SipFailure(412, "Conditional Request Failed", { detail: `no publication with entity-tag ${etag}` });
}

function ok(etag: string, expires: number, offset: number) {
  // expires_offset makes clients refresh before the stored publication expires.
  const advertised = expires === 0 ? 0 : Math.max(1, expires - offset);
  return reply(200, "OK", [
    ["SIP-ETag", etag],
    ["Expires", String(advertised)],
  ]);
}
