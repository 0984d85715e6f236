import { KNOWN_METHODS } from "./request-policy.js";

/** Counters kept by the transaction layer (live object, shared with the stack's stats). */
export interface TransactionStats {
  serverTransactions: number;
  clientTransactions: number;
  /** Request retransmissions matched to a server transaction (never passed up). */
  retransmissionsAbsorbed: number;
  /** Responses sent again for retransmitted requests. */
  responsesResent: number;
  /** Request retransmissions sent by client transactions (Timer E). */
  retransmissionsSent: number;
  /** Retransmitted responses absorbed by completed client transactions. */
  responsesAbsorbed: number;
  /** Responses matching no client transaction. */
  strayResponses: number;
  /** Client transactions ended by Timer F. */
  timeouts: number;
  /** Client or server transactions ended by a transport failure. */
  transportErrors: number;
  /** Server transactions the application never answered (dropped after 64*T1). */
  abandoned: number;
  /** New requests received, by method (retransmissions not counted). */
  requestsReceived: Map<string, number>;
  /** Responses sent by the transactions, by "METHOD status" (first transmission only). */
  responsesSent: Map<string, number>;
  /** Requests sent by client transactions, by method (first transmission only). */
  requestsSent: Map<string, number>;
  /** Responses taken by a client transaction, by "METHOD status" (retransmissions not counted). */
  responsesReceived: Map<string, number>;
}

/** The label a method is counted under: unknown methods are "OTHER", so a peer cannot grow the maps. */
export function methodLabel(method: string): string {
  return KNOWN_METHODS.has(method) ? method : "OTHER";
}

export function countRequest(map: Map<string, number>, method: string): void {
  const key = methodLabel(method);
  map.set(key, (map.get(key) ?? 0) + 1);
}

export function countResponse(map: Map<string, number>, method: string, status: number): void {
  const key = `${methodLabel(method)} ${status}`;
  map.set(key, (map.get(key) ?? 0) + 1);
}

export function createTransactionStats(): TransactionStats {
  return {
    serverTransactions: 0,
    clientTransactions: 0,
    retransmissionsAbsorbed: 0,
    responsesResent: 0,
    retransmissionsSent: 0,
    responsesAbsorbed: 0,
    strayResponses: 0,
    timeouts: 0,
    transportErrors: 0,
    abandoned: 0,
    requestsReceived: new Map(),
    responsesSent: new Map(),
    requestsSent: new Map(),
    responsesReceived: new Map(),
  };
}
