import { test } from "node:test";
import assert from "node:assert/strict";
import {
  boolean,
  booleanOr,
  host,
  integer,
  intChoice,
  listOf,
  nullable,
  redactUrlPasswords,
  required,
  sipUri,
  urlOf,
  type ParseResult,
} from "./value-types.js";

function value<T>(r: ParseResult<T>): T {
  assert.ok(r.ok, r.ok ? "" : r.problem);
  return r.value;
}
function problem<T>(r: ParseResult<T>): string {
  assert.ok(!r.ok, `expected a failure, got ${JSON.stringify(r.ok ? r.value : null)}`);
  return r.problem;
}

test("integer: strict decimal strings, safe integers, bounds", () => {
  const t = integer(0, 100);
  assert.equal(value(t.parse("42", "env")), 42);
  assert.equal(value(t.parse("+7", "env")), 7);
  assert.equal(value(t.parse(100, "data")), 100);
  for (const s of ["12abc", "1.5", "0x10", "1e3", " 12", "12 ", "", "-", "abc"]) {
    assert.match(problem(t.parse(s, "env")), /integer/, s);
  }
  assert.equal(problem(t.parse("101", "env")), "out of range");
  assert.equal(problem(t.parse(-1, "data")), "out of range");
  assert.match(problem(t.parse(1.5, "data")), /not an integer/);
  assert.match(problem(t.parse(Number.NaN, "data")), /not an integer/);
  assert.match(problem(t.parse("99999999999999999999", "env")), /range/);
  assert.match(problem(t.parse(true, "data")), /got a boolean/);
  assert.match(problem(t.parse({ a: 1 }, "data")), /got a mapping/);
  assert.match(problem(t.parse([1], "data")), /got a list/);
});

test("integer: allowed text reflects the bounds", () => {
  assert.equal(integer(1, 65535).allowed, "integer 1..65535");
  assert.equal(integer(1).allowed, "integer >= 1");
  assert.equal(integer().allowed, "integer (32-bit)");
});

test("boolean: 1/0/true/false/yes/no in any case", () => {
  const t = boolean();
  for (const s of ["1", "true", "TRUE", "yes", "Yes"]) assert.equal(value(t.parse(s, "env")), true, s);
  for (const s of ["0", "false", "False", "no", "NO"]) assert.equal(value(t.parse(s, "env")), false, s);
  assert.equal(value(t.parse(1, "data")), true);
  assert.equal(value(t.parse(false, "data")), false);
  for (const s of ["on", "off", "2", "", "y"]) assert.equal(problem(t.parse(s, "env")), "not a boolean", s);
  assert.match(problem(t.parse(2, "data")), /expected a boolean/);
});

test("booleanOr: a boolean in any of its spellings, or the one word", () => {
  const t = booleanOr("auto");
  assert.equal(value(t.parse("auto", "env")), "auto");
  assert.equal(value(t.parse("AUTO", "env")), "auto");
  assert.equal(value(t.parse("auto", "data")), "auto");
  assert.equal(value(t.parse("yes", "env")), true);
  assert.equal(value(t.parse(false, "data")), false);
  assert.equal(problem(t.parse("automatic", "env")), "not a boolean nor auto");
  assert.match(problem(t.parse(2, "data")), /expected a boolean/);
  assert.match(t.allowed, /or auto$/);
  assert.equal(t.toYaml("auto"), "auto");
});

test("intChoice accepts only the listed numbers", () => {
  const t = intChoice([
    { value: 1, meaning: "one" },
    { value: 2, meaning: "two" },
  ] as const);
  assert.equal(value(t.parse("2", "env")), 2);
  assert.equal(problem(t.parse("3", "env")), "not one of the allowed values");
  assert.match(problem(t.parse("x", "env")), /integer/);
  assert.equal(t.allowed, "one of 1 (one), 2 (two)");
});

test("listOf: comma-separated or YAML list, trimmed, no unknown, empty or duplicate items", () => {
  const t = listOf(["udp", "tcp"] as const);
  assert.deepEqual(value(t.parse("udp, tcp", "env")), ["udp", "tcp"]);
  assert.deepEqual(value(t.parse(["tcp"], "data")), ["tcp"]);
  assert.match(problem(t.parse("udp,sctp", "env")), /unknown item "sctp"/);
  assert.match(problem(t.parse("udp,,tcp", "env")), /empty list item/);
  assert.match(problem(t.parse("", "env")), /empty list/);
  assert.match(problem(t.parse([], "data")), /empty list/);
  assert.match(problem(t.parse("udp,udp", "env")), /duplicate/);
  assert.match(problem(t.parse([1], "data")), /not a string/);
});

test("urlOf: scheme and host checked; lists split on commas", () => {
  const redis = urlOf(["redis", "rediss"]);
  assert.equal(value(redis.parse("redis://:pw@127.0.0.1:6379/2", "env")), "redis://:pw@127.0.0.1:6379/2");
  assert.match(problem(redis.parse("mysql://u:p@db/kamailio", "env")), /scheme mysql:\/\//);
  assert.match(problem(redis.parse("localhost:6379", "env")), /scheme|not a URL/);
  assert.match(problem(redis.parse("not a url", "env")), /not a URL/);
  const nats = urlOf(["nats", "tls"], { list: true });
  assert.equal(value(nats.parse("nats://a:4222, tls://b:4222", "env")), "nats://a:4222,tls://b:4222");
  assert.match(problem(nats.parse("nats://a:4222,http://b", "env")), /http/);
});

test("redactUrlPasswords masks only the password", () => {
  assert.equal(redactUrlPasswords("redis://user:s3cret@h:6379/0"), "redis://user:***@h:6379/0");
  assert.equal(redactUrlPasswords("mysql://kamailio:kamailiorw@localhost/kamailio"), "mysql://kamailio:***@localhost/kamailio");
  assert.equal(redactUrlPasswords("redis://h:6379"), "redis://h:6379");
});

test("host: IPv4, IPv6 and DNS names", () => {
  const t = host();
  for (const s of ["0.0.0.0", "::", "fe80::1", "presence.example.com", "localhost"]) assert.equal(value(t.parse(s, "env")), s);
  for (const s of ["", "[::1]", "a b", "http://x", "-bad.example"]) assert.ok(!t.parse(s, "env").ok, s);
});

test("sipUri: sip/sips URIs with optional user, port and params", () => {
  const t = sipUri();
  for (const s of ["sip:10.10.10.10:5060", "sips:presence.example.com", "sip:pres@[2001:db8::1]:5070;transport=tcp"]) {
    assert.equal(value(t.parse(s, "env")), s);
  }
  for (const s of ["http://x", "sip:", "10.0.0.1:5060", "sip:a b"]) assert.ok(!t.parse(s, "env").ok, s);
});

test("nullable: null in data and an empty env value mean unset; required rejects null", () => {
  const n = nullable(integer(1, 10));
  assert.equal(value(n.parse(null, "data")), null);
  assert.equal(value(n.parse("", "env")), null);
  assert.equal(value(n.parse("5", "env")), 5);
  assert.match(problem(required(integer()).parse(null, "data")), /null is not allowed/);
});
