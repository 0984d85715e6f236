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
  };
}
