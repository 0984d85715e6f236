/**
 * One UDP socket read from either of two threads. The I/O thread's socket and a duplicate of its
 * file descriptor on the main thread share one kernel socket (one port, one receive queue), so
 * whichever thread reads takes the next datagram and nothing queued is lost when the reader
 * changes. Node.js has no public call to duplicate a descriptor or to pause a socket's reading;
 * these few reach into dgram's handle, and every caller treats null / false as "not available
 * here" and keeps the socket on the I/O thread.
 */
import { spawn } from "node:child_process";
import type { Socket as UdpSocket } from "node:dgram";
import { constants } from "node:os";
import { literalLookup } from "./udp-socket.js";

/** The part of dgram's internal UDP handle used here (node/src/udp_wrap.cc). */
interface UdpHandle {
  fd: number;
  recvStart(): number;
  recvStop(): number;
  lookup?: unknown;
}

/** dgram keeps its handle under a symbol named "state symbol" (lib/internal/dgram.js, Node 20 to 24). */
function handleOf(socket: UdpSocket): UdpHandle | null {
  const key = Object.getOwnPropertySymbols(socket).find((s) => s.description === "state symbol");
  if (key === undefined) return null;
  const state = (socket as unknown as Record<symbol, { handle?: unknown } | undefined>)[key];
  const h = state?.handle as Partial<UdpHandle> | null | undefined;
  if (!h || typeof h.fd !== "number" || h.fd < 0 || typeof h.recvStart !== "function" || typeof h.recvStop !== "function") return null;
  return h as UdpHandle;
}

/** The socket's file descriptor, or null where it cannot be read. */
export function socketFd(socket: UdpSocket): number | null {
  return handleOf(socket)?.fd ?? null;
}

/** Stops (false) or resumes (true) reading datagrams; false when the socket does not allow it. */
export function setReceiving(socket: UdpSocket, on: boolean): boolean {
  const h = handleOf(socket);
  if (h === null) return false;
  // uv_udp_recv_start / uv_udp_recv_stop: 0 or a negative errno. Starting twice is EALREADY in libuv.
  const rc = on ? h.recvStart() : h.recvStop();
  return rc === 0 || (on && rc === -constants.errno.EALREADY);
}

/**
 * Resolves address literals at once with udp-socket.ts's literalLookup, as the I/O thread's own
 * socket does: dgram's default lookup answers a literal a tick later, which delays every send by a
 * turn. dgram's handle calls its lookup with the address alone, the family fixed by the socket.
 */
export function answerLiteralsAtOnce(socket: UdpSocket): void {
  const h = handleOf(socket);
  if (h === null || typeof h.lookup !== "function") return;
  const family = socket.address().family === "IPv6" ? 6 : 4;
  h.lookup = (address: string, callback: (err: NodeJS.ErrnoException | null, address: string, family: number) => void): void =>
    literalLookup(address, { family }, callback);
}

/** A child that sends back the socket it inherited: the way Node.js duplicates a descriptor. */
const ECHO_SCRIPT =
  'const d=require("node:dgram");const s=d.createSocket(process.argv[1]);' +
  's.bind({fd:3},()=>process.send("socket",s,(e)=>process.exit(e?1:0)));';

/** What a node binary may need to start; NODE_OPTIONS (the server's preloads) left out. */
function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const key of ["PATH", "LD_LIBRARY_PATH", "TMPDIR"]) if (process.env[key] !== undefined) env[key] = process.env[key];
  return env;
}

/** How long a duplicate may take: a Node.js child starting, about 60 ms on a 2-core VM. */
const ECHO_TIMEOUT_MS = 10_000;

/**
 * A second socket object, owned by the calling thread, on a duplicate of `fd` (a bound UDP socket
 * of this process, IPv4 or IPv6 as `type` says). Closing either one leaves the other working. It
 * comes back not reading (setReceiving starts it), and only once the child has exited, so that no
 * copy of the descriptor outlives the call.
 */
export function duplicateSocket(fd: number, type: "udp4" | "udp6"): Promise<UdpSocket> {
  return new Promise((resolve, reject) => {
    let settled = false;
    let received: UdpSocket | null = null;
    let refused: Error | null = null;
    const child = spawn(process.execPath, ["-e", ECHO_SCRIPT, type], {
      stdio: ["ignore", "ignore", "pipe", fd, "ipc"],
      // None of the server's flags, preloads, settings or secrets: one fixed line of plain JavaScript.
      env: childEnv(),
    });
    let stderr = "";
    child.stderr?.setEncoding("utf8").on("data", (s: string) => {
      if (stderr.length < 2000) stderr += s;
    });
    const timer = setTimeout(() => fail(new Error(`duplicating the UDP socket took over ${ECHO_TIMEOUT_MS} ms`)), ECHO_TIMEOUT_MS);
    const fail = (err: Error): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill();
      received?.close();
      reject(err);
    };
    child.once("message", (_m, handle) => {
      const socket = handle as UdpSocket | undefined;
      if (!socket || typeof socket.send !== "function" || typeof socket.address !== "function") {
        refused = new Error("the socket did not come back from the child");
        return;
      }
      received = socket;
      // It was made reading; nothing has been read in this turn, and nothing is until asked.
      if (!setReceiving(socket, false)) refused = new Error("the duplicated UDP socket cannot stop reading");
    });
    child.once("error", (err) => fail(err));
    // "close", not "exit": the socket's message may still be on its way when the child has exited.
    child.once("close", (code, signal) => {
      if (refused) return fail(refused);
      if (received === null || code !== 0) return fail(new Error(`the child duplicating the UDP socket exited (${signal ?? code}) ${stderr.trim()}`.trim()));
      settled = true;
      clearTimeout(timer);
      resolve(received);
    });
  });
}
