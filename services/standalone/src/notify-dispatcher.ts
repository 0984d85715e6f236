import { sendNotify, type NotifyDispatcher, type NotifyMessage, type NotifyOutcome } from "@presence/core";
import type { SipStack } from "@presence/sip";

/** Sends NOTIFYs through the local SIP stack (the standalone process is its own edge). */
export class StackNotifyDispatcher implements NotifyDispatcher {
  constructor(private readonly stack: SipStack) {}

  send(msg: NotifyMessage): Promise<NotifyOutcome> {
    return sendNotify(this.stack, msg);
  }
}
