import type { EventPackage } from "@presence/events";
import type { Identity } from "./identity.js";
import type { SubscribeRequest } from "./messages.js";
import { SipFailure } from "./sip-reply.js";

/** evs_subs_handl: the package's own check of an initial SUBSCRIBE (e.g. who may see winfo); throws the refusal. */
export function checkSubscribeWithPackage(pkg: EventPackage, req: SubscribeRequest, target: Identity, watcher: Identity, expires: number): void {
  if (!pkg.onSubscribe) return;
  const check = pkg.onSubscribe({
    presentity: target.key,
    presentityUri: target.uri,
    event: { event: req.event?.name ?? pkg.event, params: req.event?.params ?? {} },
    watcher: watcher.key,
    watcherUri: req.watcherUri ?? req.fromUri,
    accept: req.accept,
    expires,
    body: null,
    contentType: null,
  });
  if (!check.ok) throw new SipFailure(check.status, check.reason, check.warning ? { detail: check.warning } : {});
}
