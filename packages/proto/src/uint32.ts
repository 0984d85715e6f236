import { ProtoError } from "./errors.js";

const UINT32_MAX = 0xffff_ffff;

/** `v` checked to fit a uint32 field (protobufjs would truncate it silently). */
export function u32(field: string, v: number): number {
  if (!Number.isInteger(v) || v < 0 || v > UINT32_MAX) {
    throw new ProtoError("invalid-value", `${field} must be an integer in 0..${UINT32_MAX}, got ${v}`);
  }
  return v;
}
