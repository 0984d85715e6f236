/** Loopback helpers: free ports and a readiness probe for a SIP server over UDP. */
import { randomBytes } from "node:crypto";
import { createSocket } from "node:dgram";
import { createServer } from "node:net";

/** A UDP port on 127.0.0.1 that was free a moment ago. */
export function freeUdpPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createSocket("udp4");
    s.once("error", reject);
    s.bind(0, "127.0.0.1", () => {
      const port = s.address().port;
      s.close(() => resolve(port));
    });
  });
}

/** A port free for both UDP and TCP on 127.0.0.1 (servers listen on both). */
export async function freeUdpTcpPort(): Promise<number> {
  for (let i = 0; i < 20; i++) {
    const port = await freeUdpPort();
    const ok = await new Promise<boolean>((resolve) => {
      const srv = createServer();
      srv.once("error", () => resolve(false));
      srv.listen(port, "127.0.0.1", () => srv.close(() => resolve(true)));
    });
    if (ok) return port;
  }
  throw new Error("no free UDP+TCP port found on 127.0.0.1");
}

/** Sends OPTIONS until any SIP response arrives; rejects after timeoutMs. */
export function waitForSip(host: string, port: number, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = createSocket("udp4");
    const deadline = Date.now() + timeoutMs;
    let timer: NodeJS.Timeout | undefined;
    const finish = (err?: Error) => {
      clearTimeout(timer);
      s.close();
      if (err) reject(err);
      else resolve();
    };
    s.on("message", (buf) => {
      if (buf.subarray(0, 8).toString("latin1") === "SIP/2.0 ") finish();
    });
    s.on("error", () => undefined);
    s.bind(0, "127.0.0.1", () => {
      const send = () => {
        if (Date.now() > deadline) return finish(new Error(`no SIP answer from ${host}:${port} within ${timeoutMs} ms`));
        const { port: lp } = s.address();
        const id = randomBytes(6).toString("hex");
        const msg =
          `OPTIONS sip:${host}:${port} SIP/2.0\r\n` +
          `Via: SIP/2.0/UDP 127.0.0.1:${lp};branch=z9hG4bK${id};rport\r\n` +
          `From: <sip:probe@bench.invalid>;tag=${id}\r\n` +
          `To: <sip:${host}:${port}>\r\n` +
          `Call-ID: probe-${id}\r\n` +
          `CSeq: 1 OPTIONS\r\nMax-Forwards: 70\r\nContent-Length: 0\r\n\r\n`;
        s.send(msg, port, host);
        timer = setTimeout(send, 200);
      };
      send();
    });
  });
}
