import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import type { SipStack, Transport } from "@presence/sip";
import { SpanKind, withSpan, type Attributes } from "@presence/telemetry";
import { notifyToSipRequest } from "./edge-adapter.js";
import type { NotifyOutcome } from "./notifier.js";
import { notifyCallId, type NotifyMessage } from "./notify-message.js";
import { recordNotifyOutcome, sipSpanAttributes } from "./sip-spans.js";

/** Runs the NOTIFY client transaction on this edge's stack and reports its final outcome. */
export function sendNotify(stack: SipStack, msg: NotifyMessage): Promise<NotifyOutcome> {
  return withSpan("sip.client NOTIFY", () => notifySpanAttributes(msg), async (span) => {
    const outcome = await runNotifyTransaction(stack, msg);
    recordNotifyOutcome(span, outcome);
    return outcome;
  }, { kind: SpanKind.CLIENT });
}

function notifySpanAttributes(msg: NotifyMessage): Attributes {
  const callId = notifyCallId(msg);
  const peer = { transport: msg.target.transport, address: msg.target.host, port: msg.target.port };
  return { ...sipSpanAttributes("NOTIFY", callId, peer), "sip.cseq": msg.cseq };
}

async function runNotifyTransaction(stack: SipStack, msg: NotifyMessage): Promise<NotifyOutcome> {
  let address = msg.target.host;
  try {
    if (!isIP(address)) address = (await lookup(address)).address;
  } catch (err) {
    return { kind: "transport-error", message: `cannot resolve ${msg.target.host}: ${(err as Error).message}` };
  }
  const result = await stack.request(notifyToSipRequest(msg), {
    transport: msg.target.transport.toUpperCase() as Transport,
    address,
    port: msg.target.port,
    ...(msg.target.connectionId ? { connectionId: msg.target.connectionId } : {}),
  });
  if (result.kind === "response") return { kind: "response", status: result.response.status, reason: result.response.reason };
  if (result.kind === "timeout") return { kind: "timeout" };
  return { kind: "transport-error", message: result.error.message };
}
