/** Counters kept by the transport layer (live object, shared with the stack's stats). */
export interface TransportStats {
  /** Messages received (datagrams and framed stream messages). */
  received: number;
  /** Messages handed to a socket, retransmissions included. */
  sent: number;
  /** Sends that failed (socket error, refused or closed connection). */
  sendErrors: number;
  /** Stream connections closed because their framing broke (bad Content-Length, limits). */
  framingErrors: number;
  /** Datagrams the UDP I/O thread dropped because the main thread was too far behind (overload). */
  udpDropped: number;
  /** Requests the UDP I/O thread answered 503 instead of queuing them, for the same reason. */
  udpRejected: number;
  /** Changes of the thread reading the UDP socket (sip_udp_thread auto). */
  udpReaderSwitches: number;
  /** 1 while the UDP I/O thread reads the socket, 0 while the main thread does or there is no thread. */
  udpReaderOnThread: number;
  /** Double-CRLF keep-alive pings answered with CRLF (RFC 5626 4.4.1). */
  keepalivesAnswered: number;
  tcpAccepted: number;
  tcpConnected: number;
  tcpClosed: number;
  tcpIdleClosed: number;
}

export function createTransportStats(): TransportStats {
  return { received: 0, sent: 0, sendErrors: 0, framingErrors: 0, udpDropped: 0, udpRejected: 0, udpReaderSwitches: 0, udpReaderOnThread: 0, keepalivesAnswered: 0, tcpAccepted: 0, tcpConnected: 0, tcpClosed: 0, tcpIdleClosed: 0 };
}
