// Argument checks shared by both implementations, so bad input fails the same way in memory and over NATS.
import { BusError } from "./errors.js";
import { checkHeaders } from "./headers.js";
import { checkName, checkSubject } from "./subjects.js";
import type { ConsumeOptions, RequestOptions, StreamOptions, StreamRequestOptions } from "./types.js";

function positive(what: string, v: unknown, opts: { integer?: boolean; optional?: boolean } = {}): void {
  if (v === undefined && opts.optional) return;
  const ok = typeof v === "number" && Number.isFinite(v) && v > 0 && (!opts.integer || Number.isInteger(v));
  if (!ok) throw new BusError("invalid-argument", `${what} must be a positive ${opts.integer ? "integer" : "number"}, got ${String(v)}`);
}

function checkPayload(data: unknown): void {
  if (!(data instanceof Uint8Array)) throw new BusError("invalid-argument", "payload must be a Uint8Array");
}

export function checkPublish(subject: string, data: Uint8Array, headers: Record<string, string> | undefined): void {
  checkSubject(subject, { wildcards: false });
  checkPayload(data);
  checkHeaders(headers);
}

export function checkRequest(subject: string, data: Uint8Array, opts: RequestOptions): void {
  checkPublish(subject, data, opts?.headers);
  positive("timeoutMs", opts?.timeoutMs);
}

export function checkStreamRequest(subject: string, data: Uint8Array, opts: StreamRequestOptions): void {
  checkRequest(subject, data, opts);
  if (typeof opts.onReply !== "function") throw new BusError("invalid-argument", "onReply must be a function");
}

export function checkQueue(queue: string): void {
  if (typeof queue !== "string" || !/^[A-Za-z0-9_.-]+$/.test(queue)) {
    throw new BusError("invalid-argument", `invalid queue group ${JSON.stringify(queue)}`);
  }
}

export function checkStreamOptions(o: StreamOptions): void {
  checkName("stream", o.name);
  if (!Array.isArray(o.subjects) || o.subjects.length === 0) throw new BusError("invalid-argument", "a stream needs at least one subject");
  for (const s of o.subjects) checkSubject(s, { wildcards: true });
  positive("maxAgeMs", o.maxAgeMs, { optional: true });
  positive("maxMsgs", o.maxMsgs, { optional: true, integer: true });
  positive("maxBytes", o.maxBytes, { optional: true, integer: true });
  positive("replicas", o.replicas, { optional: true, integer: true });
  positive("duplicateWindowMs", o.duplicateWindowMs, { optional: true });
  if (o.storage !== undefined && o.storage !== "file" && o.storage !== "memory") {
    throw new BusError("invalid-argument", `storage must be "file" or "memory"`);
  }
}

export function checkConsumeOptions(o: ConsumeOptions): void {
  checkName("stream", o.stream);
  checkName("consumer", o.durable);
  if (o.filterSubject !== undefined) checkSubject(o.filterSubject, { wildcards: true });
  positive("ackWaitMs", o.ackWaitMs);
  positive("maxAckPending", o.maxAckPending, { integer: true });
  positive("concurrency", o.concurrency, { integer: true, optional: true });
  positive("maxDeliver", o.maxDeliver, { integer: true, optional: true });
  if (o.errorNakDelayMs !== undefined && !(Number.isFinite(o.errorNakDelayMs) && o.errorNakDelayMs >= 0)) {
    throw new BusError("invalid-argument", "errorNakDelayMs must be >= 0");
  }
  if (o.deliverPolicy !== undefined && o.deliverPolicy !== "all" && o.deliverPolicy !== "new") {
    throw new BusError("invalid-argument", `deliverPolicy must be "all" or "new"`);
  }
  if (typeof o.handler !== "function") throw new BusError("invalid-argument", "handler must be a function");
}
