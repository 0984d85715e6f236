import { negotiateContentType } from "./accept.js";
import { latestPublication } from "./latest.js";
import type { EventPackage, EventParams, PackageType } from "./types.js";

/** A minimal package for registry tests: last publication wins, no validation. */
export function stubPackage(init: {
  name: string;
  event: string;
  params?: EventParams;
  optionalParams?: string[];
  contentTypes?: string[];
  type?: PackageType;
  watchersOf?: string;
  defaultExpires?: number;
}): EventPackage {
  const contentTypes = init.contentTypes ?? ["application/x-test+xml"];
  return {
    name: init.name,
    event: init.event,
    params: init.params ?? {},
    ...(init.optionalParams ? { optionalParams: init.optionalParams } : {}),
    contentTypes,
    negotiate: (accept) => negotiateContentType(contentTypes, accept),
    defaultExpires: init.defaultExpires ?? 600,
    etagNotNew: false,
    reqAuth: false,
    type: init.type ?? "publication",
    ...(init.watchersOf ? { watchersOf: init.watchersOf } : {}),
    ...(init.type === "winfo" ? { watcherInfo: () => null, perWatcherBody: (body) => ({ body }) } : {}),
    validatePublish: () => ({ ok: true }),
    aggregate: (pubs) => latestPublication(pubs),
    emptyBody: () => null,
  };
}
