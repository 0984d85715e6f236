// JetStream's answer to a publish, read without the JetStream client (see NatsBus.publishEvent).
import { BusError } from "./errors.js";

interface ApiError {
  code?: unknown;
  err_code?: unknown;
  description?: unknown;
}

const decoder = new TextDecoder();

/**
 * Checks a publish ack: JSON `{"stream": ..., "seq": ...}` when the event is stored, `{"error":
 * {...}}` when the stream refused it. Throws a BusError("jetstream") naming `what` otherwise.
 */
export function checkPubAck(data: Uint8Array, what: string): void {
  let ack: unknown;
  try {
    ack = JSON.parse(decoder.decode(data));
  } catch (err) {
    throw new BusError("jetstream", `${what}: unreadable publish ack`, { cause: err });
  }
  if (typeof ack !== "object" || ack === null) throw new BusError("jetstream", `${what}: invalid publish ack`);
  const { error, stream } = ack as { error?: unknown; stream?: unknown };
  if (typeof error === "object" && error !== null) {
    const e = error as ApiError;
    const description = typeof e.description === "string" ? e.description : "refused";
    throw new BusError("jetstream", `${what}: ${description} (${String(e.err_code ?? e.code ?? "no code")})`);
  }
  if (typeof stream !== "string" || stream === "") throw new BusError("jetstream", `${what}: invalid publish ack`);
}
