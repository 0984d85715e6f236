import type { CSeq, Via } from "../message/types.js";
import { MAGIC_COOKIE } from "../message/ids.js";
import { normalizeAddress } from "../transport/addresses.js";

/** The parts of a request that identify its server transaction. */
export interface RequestIdentity {
  method: string;
  uri: string;
  /** Top Via, parsed. */
  via: Via;
  /** Top Via as written (RFC 2543 matching compares it whole). */
  viaText: string;
  callId: string;
  cseq: CSeq;
  fromTag: string | null;
  toTag: string | null;
}

function sentBy(via: Via): string {
  return `${normalizeAddress(via.host)}|${via.port ?? ""}`;
}

function hasCookie(via: Via): boolean {
  return via.branch !== null && via.branch.startsWith(MAGIC_COOKIE);
}

/**
 * Server transaction key (RFC 3261 17.2.3). With the magic cookie: branch + sent-by + method (ACK
 * maps to INVITE). Without it (RFC 2543 peers): Request-URI, To tag, From tag, Call-ID, CSeq and the
 * top Via.
 */
export function serverKey(r: RequestIdentity): string {
  const method = r.method === "ACK" ? "INVITE" : r.method;
  if (hasCookie(r.via)) return `b|${r.via.branch}|${sentBy(r.via)}|${method}`;
  return `o|${r.uri}|${r.toTag ?? ""}|${r.fromTag ?? ""}|${r.callId}|${r.cseq.seq}|${method}|${r.viaText}`;
}

/**
 * Key shared by a request and a CANCEL for it (RFC 3261 9.2: the CANCEL matches the transaction it
 * cancels by the 17.2.3 rules with the method left out).
 */
export function cancelKey(r: RequestIdentity): string {
  if (hasCookie(r.via)) return `b|${r.via.branch}|${sentBy(r.via)}`;
  return `o|${r.uri}|${r.toTag ?? ""}|${r.fromTag ?? ""}|${r.callId}|${r.cseq.seq}|${r.viaText}`;
}

/** Client transaction key (RFC 3261 17.1.3): top Via branch + CSeq method. */
export function clientKey(branch: string, cseqMethod: string): string {
  return `${branch}|${cseqMethod}`;
}
