import { isIP } from "node:net";

/**
 * Value types of configuration keys: each one parses a raw value (an environment string, or a value
 * from YAML / programmatic overrides) strictly, and describes what it accepts for errors and docs.
 */

export type ParseResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: string };

/** "env": always a string (lists comma-separated, "" means unset); "data": a YAML or JavaScript value. */
export type RawOrigin = "env" | "data";

export interface ValueType<T> {
  /** What is accepted, for error messages and the docs' type column. */
  readonly allowed: string;
  parse(raw: unknown, origin: RawOrigin): ParseResult<T>;
  /** The value as written in docs and in the example YAML file. */
  toYaml(value: T): string;
  /** Hides credentials inside a raw value before it is printed. */
  redact(raw: string): string;
}

const ok = <T>(value: T): ParseResult<T> => ({ ok: true, value });
const bad = <T>(problem: string): ParseResult<T> => ({ ok: false, problem });
const noRedact = (raw: string): string => raw;

export const INT32_MIN = -2147483648;
export const INT32_MAX = 2147483647;

/** Names the kind of a non-matching value ("got a list") without echoing it twice. */
export function kindOf(raw: unknown): string {
  if (raw === null || raw === undefined) return "null";
  if (Array.isArray(raw)) return "a list";
  if (typeof raw === "object") return "a mapping";
  if (typeof raw === "boolean") return "a boolean";
  if (typeof raw === "number") return "a number";
  return `a ${typeof raw}`;
}

function yamlString(s: string): string {
  return JSON.stringify(s);
}

export function integer(min: number = INT32_MIN, max: number = INT32_MAX): ValueType<number> {
  const allowed =
    min === INT32_MIN && max === INT32_MAX
      ? "integer (32-bit)"
      : max === INT32_MAX
        ? `integer >= ${min}`
        : `integer ${min}..${max}`;
  return {
    allowed,
    parse(raw) {
      let n: number;
      if (typeof raw === "number") {
        if (!Number.isSafeInteger(raw)) return bad("not an integer");
        n = raw;
      } else if (typeof raw === "string") {
        // Strict: "12abc", "1.5", "0x10", "1e3" and " 12" are all rejected.
        if (raw === "") return bad("empty, not an integer");
        if (!/^[+-]?\d+$/.test(raw)) return bad("not an integer");
        n = Number(raw);
        if (!Number.isSafeInteger(n)) return bad("not an integer in range");
      } else {
        return bad(`expected an integer, got ${kindOf(raw)}`);
      }
      if (n < min || n > max) return bad("out of range");
      return ok(n);
    },
    toYaml: (v) => String(v),
    redact: noRedact,
  };
}

const TRUE_WORDS = new Set(["1", "true", "yes"]);
const FALSE_WORDS = new Set(["0", "false", "no"]);

export function boolean(): ValueType<boolean> {
  return {
    allowed: "boolean: true/false, yes/no, 1/0",
    parse(raw) {
      if (typeof raw === "boolean") return ok(raw);
      if (raw === 1 || raw === 0) return ok(raw === 1);
      if (typeof raw === "string") {
        const w = raw.toLowerCase();
        if (TRUE_WORDS.has(w)) return ok(true);
        if (FALSE_WORDS.has(w)) return ok(false);
        return bad("not a boolean");
      }
      return bad(`expected a boolean, got ${kindOf(raw)}`);
    },
    toYaml: (v) => String(v),
    redact: noRedact,
  };
}

/** A boolean, or one word for a third setting (sip_udp_thread: true, false or auto). */
export function booleanOr<const W extends string>(word: W): ValueType<boolean | W> {
  const base = boolean();
  return {
    allowed: `${base.allowed}, or ${word}`,
    parse(raw, origin) {
      if (typeof raw === "string" && raw.toLowerCase() === word) return ok(word);
      const r = base.parse(raw, origin);
      return r.ok ? r : bad(typeof raw === "string" ? `not a boolean nor ${word}` : r.problem);
    },
    toYaml: (v) => String(v),
    redact: noRedact,
  };
}

export interface IntChoice<V extends number> {
  readonly value: V;
  readonly meaning: string;
}

/** A Kamailio mode number: an integer restricted to a few documented values. */
export function intChoice<const V extends number>(choices: readonly IntChoice<V>[]): ValueType<V> {
  const values = choices.map((c) => c.value);
  const base = integer();
  return {
    allowed: `one of ${choices.map((c) => `${c.value} (${c.meaning})`).join(", ")}`,
    parse(raw, origin) {
      const r = base.parse(raw, origin);
      if (!r.ok) return r;
      const found = values.find((v) => v === r.value);
      return found === undefined ? bad("not one of the allowed values") : ok(found);
    },
    toYaml: (v) => String(v),
    redact: noRedact,
  };
}

export function choice<const V extends string>(values: readonly V[]): ValueType<V> {
  return {
    allowed: `one of ${values.join(", ")}`,
    parse(raw) {
      if (typeof raw !== "string") return bad(`expected a string, got ${kindOf(raw)}`);
      const found = values.find((v) => v === raw);
      return found === undefined ? bad("not one of the allowed values") : ok(found);
    },
    toYaml: (v) => v,
    redact: noRedact,
  };
}

/** A list of words from a fixed set; comma-separated in the environment (and accepted so in YAML). */
export function listOf<const V extends string>(values: readonly V[]): ValueType<readonly V[]> {
  return {
    allowed: `non-empty list of ${values.join(", ")} (comma-separated in env)`,
    parse(raw) {
      let items: unknown[];
      if (typeof raw === "string") items = raw.split(",").map((s) => s.trim());
      else if (Array.isArray(raw)) items = raw;
      else return bad(`expected a list, got ${kindOf(raw)}`);
      const out: V[] = [];
      for (const item of items) {
        if (typeof item !== "string") return bad(`list item is ${kindOf(item)}, not a string`);
        if (item === "") return bad(raw === "" ? "empty list" : "empty list item");
        const found = values.find((v) => v === item);
        if (found === undefined) return bad(`unknown item ${JSON.stringify(item)}`);
        if (out.includes(found)) return bad(`duplicate item ${JSON.stringify(item)}`);
        out.push(found);
      }
      if (out.length === 0) return bad("empty list");
      return ok(out);
    },
    toYaml: (v) => `[${v.join(", ")}]`,
    redact: noRedact,
  };
}

export interface StringRule {
  readonly pattern: RegExp;
  /** Describes the pattern for humans, e.g. "letters, digits, '_', '.', '-'". */
  readonly describe: string;
  readonly minLength: number;
  readonly maxLength: number;
}

export function stringOf(rule: StringRule): ValueType<string> {
  const len = rule.minLength === 0 ? `up to ${rule.maxLength}` : `${rule.minLength} to ${rule.maxLength}`;
  return {
    allowed: `string of ${len} characters: ${rule.describe}`,
    parse(raw) {
      if (typeof raw !== "string") return bad(`expected a string, got ${kindOf(raw)}`);
      if (raw.length < rule.minLength) return bad(raw === "" ? "empty" : "too short");
      if (raw.length > rule.maxLength) return bad("too long");
      if (!rule.pattern.test(raw)) return bad("contains characters that are not allowed");
      return ok(raw);
    },
    toYaml: yamlString,
    redact: noRedact,
  };
}

/** Replaces the password of every `scheme://user:password@` in a string. */
export function redactUrlPasswords(raw: string): string {
  return raw.replace(/(\/\/[^:/@\s]*:)[^@/\s]*@/g, "$1***@");
}

/** An absolute URL with one of the given schemes and a host; `list` allows several, comma-separated. */
export function urlOf(schemes: readonly string[], opts: { list?: boolean; hint?: string } = {}): ValueType<string> {
  const schemeText = schemes.map((s) => `${s}://`).join(", ");
  const allowed = `${opts.list ? "comma-separated list of URLs" : "URL"} with scheme ${schemeText}${opts.hint ? ` (${opts.hint})` : ""}`;
  const one = (s: string): string | null => {
    let u: URL;
    try {
      u = new URL(s);
    } catch {
      return "not a URL";
    }
    const scheme = u.protocol.slice(0, -1);
    if (!schemes.includes(scheme)) return `scheme ${scheme}:// is not accepted`;
    if (u.hostname === "") return "URL has no host";
    return null;
  };
  return {
    allowed,
    parse(raw) {
      if (typeof raw !== "string") return bad(`expected a string, got ${kindOf(raw)}`);
      if (raw === "") return bad("empty");
      const parts = opts.list ? raw.split(",").map((s) => s.trim()) : [raw];
      for (const p of parts) {
        const problem = one(p);
        if (problem !== null) return bad(problem);
      }
      return ok(opts.list ? parts.join(",") : raw);
    },
    toYaml: yamlString,
    redact: redactUrlPasswords,
  };
}

const HOSTNAME = /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

/** An IPv4 or IPv6 address (without brackets) or a DNS name. */
export function host(): ValueType<string> {
  return {
    allowed: "IPv4 or IPv6 address (no brackets) or DNS name",
    parse(raw) {
      if (typeof raw !== "string") return bad(`expected a string, got ${kindOf(raw)}`);
      if (raw === "") return bad("empty");
      if (isIP(raw) !== 0 || HOSTNAME.test(raw)) return ok(raw);
      return bad("not an IP address or host name");
    },
    toYaml: yamlString,
    redact: noRedact,
  };
}

// user@ is optional; host is a name, IPv4 or [IPv6]; then optional :port and ;params.
const SIP_URI =
  /^sips?:(?:[^@\s<>"]+@)?(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?)(?::\d{1,5})?(?:;[^\s<>"?]*)?$/i;

/** A SIP or SIPS URI (RFC 3261 19.1), as used in a Contact header. */
export function sipUri(): ValueType<string> {
  return {
    allowed: "SIP URI such as sip:presence.example.com:5060 (sip: or sips:)",
    parse(raw) {
      if (typeof raw !== "string") return bad(`expected a string, got ${kindOf(raw)}`);
      if (raw === "") return bad("empty");
      return SIP_URI.test(raw) ? ok(raw) : bad("not a sip: or sips: URI");
    },
    toYaml: yamlString,
    redact: noRedact,
  };
}

/** Wraps a type so null is accepted: YAML null/~, an empty environment variable, or an override of null. */
export function nullable<T>(inner: ValueType<T>): ValueType<T | null> {
  return {
    allowed: `${inner.allowed}; or unset (null, or empty in env)`,
    parse(raw, origin) {
      if (raw === null || raw === undefined) return ok(null);
      if (origin === "env" && raw === "") return ok(null);
      return inner.parse(raw, origin);
    },
    toYaml: (v) => (v === null ? "null" : inner.toYaml(v)),
    redact: inner.redact,
  };
}

/** Rejects null from YAML/overrides with a hint; every non-nullable key goes through this. */
export function required<T>(inner: ValueType<T>): ValueType<T> {
  return {
    allowed: inner.allowed,
    parse(raw, origin) {
      if (raw === null || raw === undefined) return bad("null is not allowed (remove the key to use the default)");
      return inner.parse(raw, origin);
    },
    toYaml: inner.toYaml,
    redact: inner.redact,
  };
}
