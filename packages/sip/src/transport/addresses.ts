import { isIP } from "node:net";
import type { Transport } from "../message/types.js";

/**
 * Canonical form of a socket or Via address for comparisons and map keys: brackets removed,
 * lower-cased, and an IPv4-mapped IPv6 address ("::ffff:1.2.3.4", seen on dual-stack sockets)
 * reduced to its IPv4 form.
 */
export function normalizeAddress(address: string): string {
  let a = address.length > 1 && address.startsWith("[") && address.endsWith("]") ? address.slice(1, -1) : address;
  a = a.toLowerCase();
  if (a.startsWith("::ffff:") && isIP(a.slice(7)) === 4) a = a.slice(7);
  return a;
}

/** Host as written in a Via sent-by or a SIP URI: IPv6 references in brackets (RFC 3261 25.1). */
export function hostReference(address: string): string {
  return isIP(address) === 6 ? `[${address}]` : address;
}

/** "host:port" with IPv6 brackets, for logs and map keys. */
export function formatHostPort(address: string, port: number): string {
  return `${hostReference(address)}:${port}`;
}

/** RFC 3261 19.1.2 / 18.2.2: default port when a Via sent-by carries none. */
export function defaultPort(transport: Transport | string): number {
  return transport === "TLS" || transport === "WSS" ? 5061 : 5060;
}

/** Transports over a stream (connection-oriented): no retransmission timers, Content-Length framing. */
export function isReliable(transport: Transport | string): boolean {
  return transport !== "UDP";
}

/** Whether the address is the unspecified ("any") address of its family. */
export function isUnspecified(address: string): boolean {
  const a = normalizeAddress(address);
  return a === "0.0.0.0" || a === "::" || a === "0:0:0:0:0:0:0:0";
}
