import type { Logger } from "@presence/log";
import type { EventHandler, EventMessage } from "./types.js";
import { describeError } from "./util.js";

/** Whether ack() or nak() was called on one delivery. */
export interface DeliveryState {
  settled: boolean;
}

/**
 * Runs a consume() handler. A throw naks the message after `nakDelayMs` unless the handler had
 * already acked or naked it; a return without ack leaves it to the ack-wait timer (redelivery).
 */
export async function runEventHandler(
  handler: EventHandler,
  msg: EventMessage,
  state: DeliveryState,
  nakDelayMs: number,
  logger: Logger,
): Promise<void> {
  try {
    await handler(msg);
  } catch (err) {
    logger.warn(
      { err, subject: msg.subject, seq: msg.streamSequence, deliveryCount: msg.deliveryCount },
      `event handler failed: ${describeError(err)}`,
    );
    if (!state.settled) msg.nak(nakDelayMs);
  }
}
