import { createSocket, type Socket as UdpSocket } from "node:dgram";
import { lookup as dnsLookup, type LookupOneOptions } from "node:dns";
import { isIP } from "node:net";

/**
 * Kernel buffers asked for the UDP socket. The default (about 200 KB, some 90 datagrams) overflows
 * during a pause of the event loop of a few tens of ms (a garbage collection) under a few thousand
 * datagrams per second, and every dropped request costs a retransmission 500 ms later. 4 MB holds
 * several hundred ms of traffic, still under T1. Linux caps the request at net.core.rmem_max /
 * wmem_max, so it only helps where those allow it.
 */
const UDP_SOCKET_BUFFER_BYTES = 4 * 1024 * 1024;

/**
 * dgram resolves the address of every datagram it sends. Ours are address literals (names are
 * resolved before a send), which dns.lookup also answers, but a tick later; answering at once lets
 * the send go out in the same turn, without the deferred callback.
 */
export function literalLookup(
  hostname: string,
  options: LookupOneOptions,
  callback: (err: NodeJS.ErrnoException | null, address: string, family: number) => void,
): void {
  const family = isIP(hostname);
  if (family !== 0) callback(null, hostname, family);
  else dnsLookup(hostname, options, callback);
}

/** Binds a UDP socket on an address literal (port 0: any free port). */
export function bindUdpSocket(host: string, port: number): Promise<UdpSocket> {
  return new Promise((resolve, reject) => {
    const socket = createSocket({ type: isIP(host) === 6 ? "udp6" : "udp4", lookup: literalLookup });
    socket.once("error", reject);
    socket.bind({ address: host, port, exclusive: true }, () => {
      socket.off("error", reject);
      enlargeBuffers(socket);
      resolve(socket);
    });
  });
}

/** Best effort: a refusal leaves the system default, which still works (see UDP_SOCKET_BUFFER_BYTES). */
function enlargeBuffers(socket: UdpSocket): void {
  try {
    if (socket.getRecvBufferSize() < UDP_SOCKET_BUFFER_BYTES) socket.setRecvBufferSize(UDP_SOCKET_BUFFER_BYTES);
  } catch {
    // not permitted here
  }
  try {
    if (socket.getSendBufferSize() < UDP_SOCKET_BUFFER_BYTES) socket.setSendBufferSize(UDP_SOCKET_BUFFER_BYTES);
  } catch {
    // not permitted here
  }
}

/** The errno code of a socket error, for messages crossing threads. */
export function errorCode(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  return typeof code === "string" ? code : "EUNKNOWN";
}
