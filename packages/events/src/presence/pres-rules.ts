import { childElements, firstChildElement, getAttribute, parseXml, textContent, XmlError, type XmlElement } from "@presence/xml";
import type { AuthDecision } from "../types.js";

/** RFC 4745 common policy namespace. */
export const COMMON_POLICY_NS = "urn:ietf:params:xml:ns:common-policy";
/** RFC 5025 presence authorization rules namespace. */
export const PRES_RULES_NS = "urn:ietf:params:xml:ns:pres-rules";

/** RFC 5025 3.2.1 sub-handling values. */
export type SubHandling = "block" | "confirm" | "polite-block" | "allow";

// RFC 5025 3.2.1: block(0) < confirm(1) < polite-block(2) < allow(3); RFC 4745 10 combines by maximum.
const RANK: Readonly<Record<SubHandling, number>> = { block: 0, confirm: 1, "polite-block": 2, allow: 3 };

export type RulesEvaluation = { ok: true; subHandling: SubHandling | null; matchedRules: string[] } | { ok: false; reason: string };

/**
 * Evaluates the sub-handling permission of a pres-rules document (RFC 5025 on RFC 4745) for one
 * watcher. Understood conditions: identity (one, many with domain and except) and validity.
 * A rule with any other condition (e.g. sphere) is not applicable. Returns null when no
 * matching rule grants sub-handling.
 */
export function evaluateSubHandling(rules: Buffer, watcherUri: string, now: number): RulesEvaluation {
  let root: XmlElement;
  try {
    root = parseXml(rules).root;
  } catch (err) {
    if (err instanceof XmlError) return { ok: false, reason: `rules document does not parse: ${err.message}` };
    throw err;
  }
  if (root.namespace !== COMMON_POLICY_NS || root.localName !== "ruleset") {
    return { ok: false, reason: `root element <${root.name}> is not a common-policy ruleset` };
  }
  const who = identityOf(watcherUri);
  let best: SubHandling | null = null;
  const matchedRules: string[] = [];
  for (const rule of childElements(root, COMMON_POLICY_NS, "rule")) {
    if (!conditionsMatch(firstChildElement(rule, COMMON_POLICY_NS, "conditions"), who, now)) continue;
    matchedRules.push(getAttribute(rule, "id") ?? "");
    const actions = firstChildElement(rule, COMMON_POLICY_NS, "actions");
    const sh = actions ? firstChildElement(actions, PRES_RULES_NS, "sub-handling") : null;
    if (!sh) continue;
    const value = textContent(sh).trim() as SubHandling;
    if (!(value in RANK)) continue;
    if (best === null || RANK[value] > RANK[best]) best = value;
  }
  return { ok: true, subHandling: best, matchedRules };
}

/**
 * Kamailio presence_xml's mapping of sub-handling to a Subscription-State: block -> terminated
 * (reason rejected), confirm or no decision -> pending, polite-block -> active with a
 * polite-block body, allow -> active.
 */
export function decisionFor(subHandling: SubHandling | null): AuthDecision {
  switch (subHandling) {
    case "block":
      return { status: "terminated", reason: "rejected" };
    case "polite-block":
      return { status: "active", politeBlock: true };
    case "allow":
      return { status: "active" };
    default:
      return { status: "pending" };
  }
}

interface Identity {
  uri: string;
  domain: string;
}

/** Scheme and host compare case-insensitively, the user part exactly; URI parameters are ignored. */
export function identityOf(uri: string): Identity {
  let u = uri.trim();
  if (u.startsWith("<") && u.endsWith(">")) u = u.slice(1, -1);
  const colon = u.indexOf(":");
  const scheme = colon === -1 ? "" : u.slice(0, colon).toLowerCase();
  const rest = colon === -1 ? u : u.slice(colon + 1);
  const at = rest.lastIndexOf("@");
  const user = at === -1 ? "" : rest.slice(0, at);
  let hostport = at === -1 ? rest : rest.slice(at + 1);
  const cut = hostport.search(/[;?]/);
  if (cut !== -1) hostport = hostport.slice(0, cut);
  hostport = hostport.toLowerCase();
  const domain = hostport.startsWith("[") ? hostport.slice(0, hostport.indexOf("]") + 1) : hostport.split(":")[0];
  return { uri: `${scheme}:${user === "" ? "" : `${user}@`}${hostport}`, domain };
}

function conditionsMatch(conditions: XmlElement | null, who: Identity, now: number): boolean {
  // RFC 4745 7: a rule without conditions applies to every request.
  if (!conditions) return true;
  for (const c of childElements(conditions)) {
    if (c.namespace === COMMON_POLICY_NS && c.localName === "identity") {
      if (!identityMatches(c, who)) return false;
    } else if (c.namespace === COMMON_POLICY_NS && c.localName === "validity") {
      if (!validityMatches(c, now)) return false;
    } else return false;
  }
  return true;
}

// RFC 4745 7.1: the identity condition matches when any of its one/many children does.
function identityMatches(identity: XmlElement, who: Identity): boolean {
  for (const c of childElements(identity, COMMON_POLICY_NS)) {
    if (c.localName === "one") {
      const id = getAttribute(c, "id");
      if (id !== null && identityOf(id).uri === who.uri) return true;
    } else if (c.localName === "many") {
      const domain = getAttribute(c, "domain");
      if (domain !== null && domain.toLowerCase() !== who.domain) continue;
      const excluded = childElements(c, COMMON_POLICY_NS, "except").some((e) => {
        const id = getAttribute(e, "id");
        const d = getAttribute(e, "domain");
        return (id !== null && identityOf(id).uri === who.uri) || (d !== null && d.toLowerCase() === who.domain);
      });
      if (!excluded) return true;
    }
  }
  return false;
}

// RFC 4745 7.3: validity holds when now lies in any from/until interval.
function validityMatches(validity: XmlElement, now: number): boolean {
  let from: number | null = null;
  for (const c of childElements(validity, COMMON_POLICY_NS)) {
    if (c.localName === "from") from = Date.parse(textContent(c).trim());
    else if (c.localName === "until" && from !== null) {
      const until = Date.parse(textContent(c).trim());
      if (Number.isFinite(from) && Number.isFinite(until) && now >= from && now <= until) return true;
      from = null;
    }
  }
  return false;
}
