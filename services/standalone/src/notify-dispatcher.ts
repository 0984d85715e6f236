import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { notifyToSipRequest, type NotifyDispatcher, type NotifyMessage, type NotifyOutcome } from "@presence/core";
import type { SipStack, Transport } from "@presence/sip";

/** Sends NOTIFYs through the local SIP stack (the standalone process is its own edge). */
export class StackNotifyDispatcher implements NotifyDispatcher {
  constructor(private readonly stack: SipStack) {}

  async send(msg: NotifyMessage): Promise<NotifyOutcome> {
    let address = msg.target.host;
    try {
      if (!isIP(address)) address = (await lookup(address)).address;
    } catch (err) {
      return { kind: "transport-error", message: `cannot resolve ${msg.target.host}: ${(err as Error).message}` };
    }
    const transport = msg.target.transport.toUpperCase() as Transport;
    const result = await this.stack.request(notifyToSipRequest(msg), {
      transport,
      address,
      port: msg.target.port,
      ...(msg.target.connectionId ? { connectionId: msg.target.connectionId } : {}),
    });
    if (result.kind === "response") return { kind: "response", status: result.response.status, reason: result.response.reason };
    if (result.kind === "timeout") return { kind: "timeout" };
    return { kind: "transport-error", message: result.error.message };
  }
}
